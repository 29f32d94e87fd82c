import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';
import { LockProblems } from './lock-problems';
import { RollOnlyToggle } from './roll-only-toggle';
import { useLock } from './use-lock';

/**
 * Always visible while locked: what the lock does, how many it holds, why it is paused, and the
 * honest limit (Doorkeeper enforces it only while a host or co-host has it open).
 */
export function LockBanner() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lock = useLock();
  if (lock.status === 'unlocked') return null;
  const paused = lock.status === 'paused';
  const title = paused
    ? t('lock.banner.paused')
    : lock.status === 'lockedRollOnly'
      ? t('lock.banner.lockedRollOnly')
      : t('lock.banner.locked');

  return (
    <section
      className={`lock-banner${paused ? ' lock-banner--paused' : ''}`}
      aria-label={t('lock.label')}
      data-testid="lock-banner"
    >
      <p className="lock-banner__title" role="status">
        <svg
          className="lock-banner__icon"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7h1zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2z"
            fill="currentColor"
          />
        </svg>
        {title}
      </p>
      {paused ? <p className="lock-banner__text">{t('lock.banner.pausedBody')}</p> : null}
      <p className="lock-banner__counts">
        {t('lock.banner.held', { count: lock.held })} ·{' '}
        {t('lock.banner.bounced', { count: lock.bounced })}
      </p>
      <p className="lock-banner__honest">{t('lock.banner.honest')}</p>
      <div className="lock-banner__buttons">
        <RollOnlyToggle />
        <button
          type="button"
          className="button button--small"
          onClick={() => store.getState().unlock()}
        >
          {t('lock.unlock')}
        </button>
      </div>
      <LockProblems problems={lock.problems} waitingRoomFailure={lock.waitingRoomFailure} />
    </section>
  );
}

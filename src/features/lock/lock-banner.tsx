import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { lockStatus } from '../../domain/lock';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { LockHeadline } from './lock-headline';
import { LockProblems } from './lock-problems';
import { RollOnlyToggle } from './roll-only-toggle';
import { useLock } from './use-lock';

function LockIcon() {
  return (
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
  );
}

/**
 * Always visible while locked: what the lock does, a breach the moment someone is inside who
 * could not be put back, how many it holds, why it is paused, and the honest limit (Doorkeeper
 * enforces it only while a host or co-host has it open).
 */
function LockBannerBody() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lock = useLock();
  if (lock.status === 'unlocked') return null;
  const paused = lock.status === 'paused';
  const breach = lock.headline === 'breach';
  const modifier = paused ? ' lock-banner--paused' : breach ? ' lock-banner--breach' : '';
  return (
    <section
      className={`lock-banner${modifier}`}
      aria-label={t('lock.label')}
      data-testid="lock-banner"
    >
      <p
        className="lock-banner__title"
        role={breach ? 'alert' : 'status'}
        data-testid="lock-headline"
      >
        <LockIcon />
        <LockHeadline status={lock.status} breach={breach ? lock.problems : []} />
      </p>
      {paused ? <p className="lock-banner__text">{t('lock.banner.pausedBody')}</p> : null}
      <p className="lock-banner__text">{t('lock.banner.standing')}</p>
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

/**
 * If the banner's own parts ever crash, the lock's state is still stated, never hidden. It reads
 * as little as it can (no held list), so whatever broke the full banner is unlikely to break it.
 */
function LockBannerPlain() {
  const { t } = useTranslation();
  const status = useAppStore((state) => lockStatus(state.lock));
  const problems = useAppStore((state) => state.lockProblems);
  if (status === 'unlocked') return null;
  const breach = Array.isArray(problems) ? problems : [];
  return (
    <section className="lock-banner" aria-label={t('lock.label')} data-testid="lock-banner">
      <p className="lock-banner__title" role="status">
        <LockHeadline status={status} breach={breach} />
      </p>
    </section>
  );
}

export function LockBanner() {
  return (
    <ErrorBoundary fallback={() => <LockBannerPlain />}>
      <LockBannerBody />
    </ErrorBoundary>
  );
}

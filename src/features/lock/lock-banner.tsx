import { useId, useRef, useState } from 'react';
import { handFocusTo } from '../../components/ui/focus-handoff';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { lockStatus } from '../../domain/lock';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { LockHeadline } from './lock-headline';
import { LockIcon } from './lock-icon';
import { LockProblems } from './lock-problems';
import { RollOnlyToggle } from './roll-only-toggle';
import { useFirstReading } from './use-first-reading';
import { useLock } from './use-lock';

/**
 * Always visible while locked, in one line: the headline (a breach the moment someone is inside
 * who could not be put back), how many it holds and puts back (not while paused), and an info
 * button. The
 * explanation (why it is paused, that host decisions stand, the honest limit: Doorkeeper enforces
 * it only while a host or co-host has it open) and the controls are open until the host has read
 * them once, and again whenever the headline changes. What the lock could not do is never folded
 * away. Without the host role (paused) there are no controls.
 */
function LockBannerBody() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lock = useLock();
  const detailsId = useId();
  const infoButton = useRef<HTMLButtonElement>(null);
  const { read, markRead } = useFirstReading();
  const [choice, setChoice] = useState<{ key: string; open: boolean } | null>(null);
  if (lock.status === 'unlocked') return null;
  const paused = lock.status === 'paused';
  const breach = lock.headline === 'breach';
  const modifier = paused ? ' lock-banner--paused' : breach ? ' lock-banner--breach' : '';
  const key = `${lock.lockedSince}:${lock.status}:${breach ? 'breach' : ''}`;
  // The host's choice holds for the lock and headline it was made for (opening the explanation to
  // unlock does not open it on the next lock); a new headline opens again.
  const open = choice?.key === key ? choice.open : !read || paused || breach;
  const controls = lock.canAct && !paused;
  const setOpen = (next: boolean) => setChoice({ key, open: next });
  const headline = <LockHeadline status={lock.status} breach={breach ? lock.problems : []} />;
  return (
    <section
      className={`lock-banner${modifier}`}
      aria-label={t('lock.label')}
      data-testid="lock-banner"
    >
      <div className="lock-banner__line">
        <LockIcon />
        <p
          className="lock-banner__title"
          role={breach ? 'alert' : 'status'}
          data-testid="lock-headline"
        >
          {headline}
        </p>
        {/* Paused, the lock holds nobody and this panel no longer sees the waiting room: the last
            counts would be stale, so none is stated. */}
        {paused ? null : (
          <p className="lock-banner__counts">
            {t('lock.banner.held', { count: lock.held })}
            {lock.bounced > 0 ? ` · ${t('lock.banner.bounced', { count: lock.bounced })}` : null}
          </p>
        )}
        <button
          ref={infoButton}
          type="button"
          className="lock-banner__info"
          aria-expanded={open}
          aria-controls={detailsId}
          aria-label={t('lock.banner.about')}
          title={t('lock.banner.about')}
          onClick={() => setOpen(!open)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path d="M7.2 7h1.6v5H7.2zM7.2 4h1.6v1.6H7.2z" fill="currentColor" />
          </svg>
        </button>
      </div>
      <div className="lock-banner__details" id={detailsId} hidden={!open}>
        <p className="lock-banner__text">{headline}</p>
        {paused ? <p className="lock-banner__text">{t('lock.banner.pausedBody')}</p> : null}
        <p className="lock-banner__standing">{t('lock.banner.standing')}</p>
        <p className="lock-banner__honest">{t('lock.banner.honest')}</p>
        <div className="lock-banner__buttons">
          {controls ? <RollOnlyToggle /> : null}
          {controls ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                store.getState().unlock();
                // The banner goes with the lock: the focus moves to "Lock now", which comes back.
                handFocusTo('.app__toolbar .button--lock');
              }}
            >
              {t('lock.unlock')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              markRead();
              setOpen(false);
              // "Got it" folds away with the explanation: the focus stays on the ⓘ that opens it.
              infoButton.current?.focus();
            }}
          >
            {t('lock.banner.gotIt')}
          </button>
        </div>
      </div>
      <LockProblems
        problems={lock.problems}
        waitingRoomFailure={lock.waitingRoomFailure}
        canRetry={controls}
      />
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

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { countdownView } from '../../domain/lock';
import { useAppActions, useAppStore } from '../../store/store-context';
import { useNow } from './use-now';

/**
 * The auto-lock in the header line: a clock and "04:59" from the wall-clock deadline, red inside
 * the lead time (with an alert for screen readers); one click opens +5 min, pause or resume, and
 * cancel. Without the host role the controls are not offered.
 */
export function CountdownBanner() {
  const { t } = useTranslation();
  const actions = useAppActions();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const { lock, live, canAct } = useAppStore(
    useShallow((state) => ({
      lock: state.lock,
      live: state.connection.status === 'ready' || state.connection.status === 'attendee',
      canAct: state.me?.role === 'host' || state.me?.role === 'coHost',
    })),
  );
  const active = lock.countdown !== null && lock.locked === null;
  const now = useNow(active && lock.countdown?.status === 'running');
  if (!active || !live) return null;
  const view = countdownView(lock, now);
  const running = view.status === 'running';
  const warning = running && view.inWarning;
  const label = running ? t('lock.countdown.label') : t('lock.countdown.pausedLabel');

  return (
    <div className={`countdown${warning ? ' countdown--warning' : ''}`} data-testid="countdown">
      <button
        type="button"
        className="countdown__chip"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={!canAct}
        title={label}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          {running ? (
            <path
              d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 1.5a5 5 0 1 0 0 10A5 5 0 0 0 8 3zm-.75 1.5h1.5v3.2l2.2 1.3-.75 1.3-2.95-1.75z"
              fill="currentColor"
            />
          ) : (
            <path d="M4 3h3v10H4zm5 0h3v10H9z" fill="currentColor" />
          )}
        </svg>
        <span className="visually-hidden">{label} </span>
        <span className="countdown__time" role="timer" aria-label={t('lock.countdown.timerLabel')}>
          {view.label}
        </span>
      </button>
      <div className="countdown__menu" id={menuId} hidden={!open || !canAct}>
        <p className="countdown__menu-title">{label}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => actions.extendAutoLock()}
        >
          {t('lock.countdown.extend')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => (running ? actions.pauseAutoLock() : actions.resumeAutoLock())}
        >
          {running ? t('lock.countdown.pause') : t('lock.countdown.resume')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('lock.countdown.cancelLabel')}
          onClick={() => {
            setOpen(false);
            actions.cancelAutoLock();
          }}
        >
          {t('lock.countdown.cancel')}
        </button>
      </div>
      {warning ? (
        <p className="visually-hidden" role="alert">
          {t('lock.countdown.warning')}
        </p>
      ) : null}
    </div>
  );
}

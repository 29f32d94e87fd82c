import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { countdownView } from '../../domain/lock';
import { useAppActions, useAppStore } from '../../store/store-context';
import { useNow } from './use-now';

/**
 * The auto-lock in the header: "Auto-lock in 04:59" from the wall-clock deadline, a warning inside
 * the lead time, and +5 min, pause or resume, and cancel.
 */
export function CountdownBanner() {
  const { t } = useTranslation();
  const actions = useAppActions();
  const { lock, live } = useAppStore(
    useShallow((state) => ({
      lock: state.lock,
      live: state.connection.status === 'ready' || state.connection.status === 'attendee',
    })),
  );
  const active = lock.countdown !== null && lock.locked === null;
  const now = useNow(active && lock.countdown?.status === 'running');
  if (!active || !live) return null;
  const view = countdownView(lock, now);
  const running = view.status === 'running';
  const warning = running && view.inWarning;

  return (
    <div className={`countdown${warning ? ' countdown--warning' : ''}`} data-testid="countdown">
      <p className="countdown__line">
        <span>{running ? t('lock.countdown.label') : t('lock.countdown.pausedLabel')}</span>{' '}
        <span className="countdown__time" role="timer" aria-label={t('lock.countdown.timerLabel')}>
          {view.label}
        </span>
      </p>
      <div className="countdown__buttons">
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
          onClick={() => actions.cancelAutoLock()}
        >
          {t('lock.countdown.cancel')}
        </button>
      </div>
      {warning ? (
        <p className="countdown__warning" role="alert">
          {t('lock.countdown.warning')}
        </p>
      ) : null}
    </div>
  );
}

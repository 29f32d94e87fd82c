import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/ui/isolate';
import type { ShareAlert as Alert, ShareAlertReason } from '../../domain/sharing/share-alerts';
import { selectActionFor } from '../../store/action-selectors';
import { selectStatus } from '../../store/selectors';
import { selectShareAlerts } from '../../store/sharing-slice';
import { useAppActions, useAppStore } from '../../store/store-context';

const TEXT = {
  impostor: 'sharing.alert.impostor',
  duplicate: 'sharing.alert.duplicate',
  notOnRoll: 'sharing.alert.notOnRoll',
} as const satisfies Record<ShareAlertReason, string>;

function ShareAlertRow({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const textId = useId();
  const { putInWaitingRoom } = useAppActions();
  const item = useAppStore(selectActionFor(alert.participantUUID));
  const pending =
    item?.action.kind === 'putInWaitingRoom' &&
    (item.status === 'queued' || item.status === 'running');
  const name = isolate(alert.screenName || t('roster.unnamed'));
  const text = t(TEXT[alert.reason], { name });
  return (
    <li className="share-alert__row" data-testid="share-alert" data-reason={alert.reason}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M8 1 15 14H1L8 1zm-.8 5v4h1.6V6H7.2zm0 5v1.6h1.6V11H7.2z" fill="currentColor" />
      </svg>
      <span className="share-alert__text" id={textId} title={text}>
        {text}
      </span>
      <button
        type="button"
        className="button button--danger button--small"
        aria-describedby={textId}
        disabled={pending}
        aria-busy={pending}
        onClick={() => putInWaitingRoom([alert.participantUUID])}
      >
        {pending ? t('actions.pending.putInWaitingRoom') : t('actions.putInWaitingRoom')}
      </button>
    </li>
  );
}

/**
 * In the header while someone unknown or flagged shares their screen: who, why, and one click to
 * send them to the waiting room (the host's own action, through the call limiter). It goes away
 * when they stop sharing, leave or are moved.
 */
export function ShareAlert() {
  const { t } = useTranslation();
  const status = useAppStore(selectStatus);
  const alerts = useAppStore(selectShareAlerts);
  if (status !== 'ready' || alerts.length === 0) return null;
  return (
    <section className="share-alert" role="alert" aria-label={t('sharing.label')}>
      <ul className="share-alert__list">
        {alerts.map((alert) => (
          <ShareAlertRow key={alert.participantUUID} alert={alert} />
        ))}
      </ul>
    </section>
  );
}

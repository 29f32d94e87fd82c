import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import type { RosterParticipant } from '../../domain/meeting/types';
import { useAppStoreApi } from '../../store/store-context';
import { PersonDialog } from './person-dialog';
import { useProblemText } from '../../hooks/use-problem-text';
import { usePersonActions } from './use-person-actions';

/**
 * The end of a roster row: Admit for someone waiting, a "More" button (send to the waiting room,
 * rename, remove), the pending state of an action, and its failure.
 */
export function RowActions({ participant }: { participant: RosterParticipant }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const problems = useProblemText();
  const { item, pending, protectedPerson } = usePersonActions(participant);
  const [open, setOpen] = useState(false);
  const uuid = participant.participantUUID;
  const name = participant.screenName || t('roster.unnamed');
  const waiting = participant.location === 'waitingRoom';
  const failed = !pending && item?.problem ? item.problem : null;

  return (
    <span className="row-actions">
      {pending && item ? (
        <span className="row-actions__pending">{t(`actions.pending.${item.action.kind}`)}</span>
      ) : null}
      {failed ? (
        <span title={problems.sentence(failed.kind)}>
          <Badge tone="danger">
            {item?.status === 'refused' ? t('actions.notSent') : t('actions.failed')}:{' '}
            {problems.reason(failed.kind)}
          </Badge>
        </span>
      ) : null}
      {waiting ? (
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t('actions.admitName', { name })}
          disabled={pending}
          onClick={() => store.getState().admit([uuid])}
        >
          {t('actions.admit')}
        </button>
      ) : null}
      {protectedPerson ? null : (
        <button
          type="button"
          className="button button--small button--icon"
          aria-label={t('actions.moreFor', { name })}
          title={t('actions.more')}
          aria-haspopup="dialog"
          disabled={pending}
          onClick={() => setOpen(true)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="3" cy="8" r="1.5" fill="currentColor" />
            <circle cx="8" cy="8" r="1.5" fill="currentColor" />
            <circle cx="13" cy="8" r="1.5" fill="currentColor" />
          </svg>
        </button>
      )}
      {open ? <PersonDialog participant={participant} onClose={() => setOpen(false)} /> : null}
    </span>
  );
}

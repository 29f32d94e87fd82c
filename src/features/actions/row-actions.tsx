import { useState } from 'react';
import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import { isolate } from '../../components/ui/isolate';
import type { RosterParticipant } from '../../domain/meeting/types';
import { selectClaimContext } from '../../store/claim-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';
import { useProblemText } from '../../hooks/use-problem-text';
import { usePersonActions } from './use-person-actions';

// Opened by a click: their own chunks, fetched right after the first paint with their words (the
// later English). The confirmation is for flagged people, and flags exist only once the matcher
// (also loaded after the paint) is in.
const PersonDialog = deferred(
  withLaterStrings(() => import('./person-dialog').then((m) => m.PersonDialog)),
);
const FlaggedAdmitConfirm = deferred(
  withLaterStrings(() => import('./flagged-admit-confirm').then((m) => m.FlaggedAdmitConfirm)),
);

/**
 * The end of a roster row: Admit for someone waiting (for a possible impostor or a duplicate,
 * only after a confirmation that names whom they resemble), a "More" button (send to the waiting room,
 * rename, remove), the pending state of an action, and its failure.
 */
export function RowActions({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const store = useAppStoreApi();
  const problems = useProblemText();
  const { item, pending, protectedPerson } = usePersonActions(participant);
  const [open, setOpen] = useState<'none' | 'menu' | 'confirm'>('none');
  const claim = useAppStore(selectClaimContext(participant.participantUUID));
  const uuid = participant.participantUUID;
  const name = isolate(participant.screenName || t('roster.unnamed'));
  const waiting = participant.location === 'waitingRoom';
  const failed = !pending && item?.problem ? item.problem : null;

  return (
    <span className="row-actions">
      {pending && item ? (
        <span className="row-actions__pending">{t(`actions.pending.${item.action.kind}`)}</span>
      ) : null}
      {failed ? (
        <span className="row-actions__failed" title={problems.sentence(failed.kind)}>
          <Badge tone="danger">
            <span className="row-actions__failed-mark" aria-hidden="true">
              !
            </span>
            <span className="row-actions__failed-text">
              {item?.status === 'refused' ? t('actions.notSent') : t('actions.failed')}:{' '}
              {problems.reason(failed.kind)}
            </span>
          </Badge>
        </span>
      ) : null}
      {waiting ? (
        <button
          type="button"
          className={`button button--small ${claim ? 'button--flagged' : 'button--primary'}`}
          aria-label={t('actions.admitName', { name })}
          aria-haspopup={claim ? 'dialog' : undefined}
          disabled={pending}
          onClick={() => (claim ? setOpen('confirm') : store.getState().admit([uuid]))}
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
          onClick={() => setOpen('menu')}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="3" cy="8" r="1.5" fill="currentColor" />
            <circle cx="8" cy="8" r="1.5" fill="currentColor" />
            <circle cx="13" cy="8" r="1.5" fill="currentColor" />
          </svg>
        </button>
      )}
      {open === 'menu' ? (
        <PersonDialog participant={participant} onClose={() => setOpen('none')} />
      ) : null}
      {open === 'confirm' && claim ? (
        <FlaggedAdmitConfirm
          participant={participant}
          claim={claim}
          onClose={() => setOpen('none')}
        />
      ) : null}
    </span>
  );
}

import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import type { HeldEntry } from '../../domain/lock';
import type { RosterParticipant } from '../../domain/meeting/types';
import type { AppState } from '../../store/app-store';
import { useAppStore } from '../../store/store-context';
import type { ActionProblemKind } from '../../store/actions-slice';
import { useProblemText } from '../../hooks/use-problem-text';

const indexes = new WeakMap<readonly HeldEntry[], ReadonlyMap<string, HeldEntry>>();

function heldEntry(state: AppState, participantUUID: string): HeldEntry | null {
  let index = indexes.get(state.lockHeld);
  if (!index) {
    index = new Map(state.lockHeld.map((entry) => [entry.participantUUID, entry]));
    indexes.set(state.lockHeld, index);
  }
  return index.get(participantUUID) ?? null;
}

/** On a waiting row while locked: put back by the lock, a returning roll member, an impostor, a failed admit. */
export function HeldBadge({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const problems = useProblemText();
  const entry = useAppStore((state) => heldEntry(state, participant.participantUUID));
  if (!entry || participant.location !== 'waitingRoom') return null;
  return (
    <>
      {/* Everyone waiting is held while locked (the banner counts them): only the put-backs are marked. */}
      {entry.bounced ? <Badge tone="warning">{t('lock.held.putBack')}</Badge> : null}
      {entry.sentBackByHost ? <Badge tone="danger">{t('lock.held.sentBack')}</Badge> : null}
      {entry.entryRevoked ? <Badge tone="danger">{t('lock.held.entrySentBack')}</Badge> : null}
      {/* Zoom never answered the lock's put-back: the lock does not know, and says so. */}
      {entry.maybeSentBack ? <Badge tone="warning">{t('lock.held.maybeSentBack')}</Badge> : null}
      {entry.entryMaybeRevoked ? (
        <Badge tone="warning">{t('lock.held.entryMaybeSentBack')}</Badge>
      ) : null}
      {entry.category === 'rejoin' ? <Badge tone="accent">{t('lock.held.rejoin')}</Badge> : null}
      {entry.category === 'impostor' ? (
        <span className="held-badge--impostor">
          <Badge tone="danger">{t('lock.held.impostor')}</Badge>
        </span>
      ) : null}
      {entry.failure ? (
        <span title={problems.sentence(entry.failure.errorKind as ActionProblemKind)}>
          <Badge tone="danger">
            {t('lock.held.failed', {
              reason: problems.reason(entry.failure.errorKind as ActionProblemKind),
            })}
          </Badge>
        </span>
      ) : null}
    </>
  );
}

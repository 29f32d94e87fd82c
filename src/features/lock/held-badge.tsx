import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import type { HeldEntry, HostMove } from '../../domain/lock';
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

/** What a held row says of a host's move; a move in doubt (Zoom never answered) says so. */
const HOST_MOVE_BADGES = {
  sentBack: { key: 'lock.held.sentBack', tone: 'danger' },
  entrySentBack: { key: 'lock.held.entrySentBack', tone: 'danger' },
  maybeSentBack: { key: 'lock.held.maybeSentBack', tone: 'warning' },
  entryMaybeSentBack: { key: 'lock.held.entryMaybeSentBack', tone: 'warning' },
} as const satisfies Record<HostMove, { key: string; tone: 'danger' | 'warning' }>;

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
      {entry.hostMove ? (
        <Badge tone={HOST_MOVE_BADGES[entry.hostMove].tone}>
          {t(HOST_MOVE_BADGES[entry.hostMove].key)}
        </Badge>
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

import { Fragment } from 'react';
import { useRowTranslation } from '../../i18n/row-translation';
import type { RosterParticipant } from '../../domain/meeting/types';
import { heldMoves, selectHeldEntry } from '../../store/held-selectors';
import type { HeldMove } from '../../store/held-selectors';
import { useAppStore } from '../../store/store-context';

/** What each move says, and how loudly; a move in doubt (Zoom never answered) says so. */
const MOVES = {
  putBack: { key: 'lock.held.putBack', tone: 'warning' },
  sentBack: { key: 'lock.held.sentBack', tone: 'danger' },
  entrySentBack: { key: 'lock.held.entrySentBack', tone: 'danger' },
  maybeSentBack: { key: 'lock.held.maybeSentBack', tone: 'warning' },
  entryMaybeSentBack: { key: 'lock.held.entryMaybeSentBack', tone: 'warning' },
} as const satisfies Record<HeldMove, { key: string; tone: 'danger' | 'warning' }>;

/**
 * The second line of a held waiting row (a row detail): "Put back" by the lock, "Sent back by a
 * host", or a host's move in doubt. A line, not badges: in German the longest is 80 characters,
 * so it gives way with an ellipsis and says the whole of it on hover.
 */
export function HeldMoves({ participant }: { participant: RosterParticipant }) {
  const { t } = useRowTranslation();
  const entry = useAppStore(selectHeldEntry(participant.participantUUID));
  if (!entry || participant.location !== 'waitingRoom') return null;
  const moves = heldMoves(entry);
  if (moves.length === 0) return null;
  const words = moves.map((move) => t(MOVES[move].key));
  return (
    <p className="held-moves" data-testid="held-moves" title={words.join(' · ')}>
      {moves.map((move, index) => (
        <Fragment key={move}>
          {index > 0 ? ' · ' : null}
          <span className={`held-moves__move held-moves__move--${MOVES[move].tone}`}>
            {words[index]}
          </span>
        </Fragment>
      ))}
    </p>
  );
}

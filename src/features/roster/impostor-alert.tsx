import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/ui/isolate';
import { revealRow } from '../../components/ui/reveal';
import type { RosterParticipant } from '../../domain/meeting/types';
import type { AppState } from '../../store/app-store';
import { selectClaimContext } from '../../store/claim-selectors';
import { selectMatchByUUID } from '../../store/roll-selectors';
import { selectStatus, selectWaitingRows } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const allWaiting = selectWaitingRows('');
const NONE: readonly RosterParticipant[] = [];
let last: {
  rows: unknown;
  matches: unknown;
  held: unknown;
  value: readonly RosterParticipant[];
} | null = null;

/** Everyone waiting whose name imitates a roll name (by the matcher or the lock), longest waiting first. */
function selectWaitingImpostors(state: AppState): readonly RosterParticipant[] {
  const rows = allWaiting(state);
  const matches = selectMatchByUUID(state);
  const held = state.lockHeld;
  if (last && last.rows === rows && last.matches === matches && last.held === held)
    return last.value;
  const heldImpostors = new Set(
    held.filter((entry) => entry.category === 'impostor').map((entry) => entry.participantUUID),
  );
  const found = rows.filter(
    (row) =>
      heldImpostors.has(row.participantUUID) ||
      matches.get(row.participantUUID)?.flags.includes('impostor'),
  );
  last = { rows, matches, held, value: found.length > 0 ? found : NONE };
  return last.value;
}

/**
 * In the header while a possible impostor waits: "Possible impostor waiting: looks like Jane Doe,
 * who is already in the meeting". One click scrolls the waiting room to that row and focuses it.
 * Not shown while the panel cannot see the waiting room (my role is attendee).
 */
export function ImpostorAlert() {
  const { t } = useTranslation();
  const impostors = useAppStore(selectWaitingImpostors);
  const first = impostors[0];
  const claim = useAppStore(selectClaimContext(first?.participantUUID ?? ''));
  // Only while the panel sees the waiting room: dropped to attendee, Zoom tells it nothing more, so
  // "waiting" would be a guess from the past, with no row to jump to.
  const live = useAppStore(selectStatus) === 'ready';
  if (!first || !live) return null;
  const holder = claim?.holders[0];
  // Whom they resemble: the roll name, or the participant not on the roll whose name they copy.
  const resembled = claim?.rollName ?? holder?.screenName ?? null;
  const roll = resembled ? isolate(resembled) : null;
  const text = !roll
    ? t('roster.impostorAlert.plain', { name: isolate(first.screenName || t('roster.unnamed')) })
    : holder
      ? holder.location === 'meeting'
        ? t('roster.impostorAlert.inMeeting', { roll })
        : t('roster.impostorAlert.waitingToo', { roll })
      : t('roster.impostorAlert.free', { roll });
  const more = impostors.length - 1;
  return (
    <div className="impostor-alert" role="alert">
      <button
        type="button"
        className="impostor-alert__button"
        data-testid="impostor-alert"
        title={text}
        onClick={() => revealRow(first.participantUUID)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1 15 14H1L8 1zm-.8 5v4h1.6V6H7.2zm0 5v1.6h1.6V11H7.2z" fill="currentColor" />
        </svg>
        <span className="impostor-alert__text">{text}</span>
        {more > 0 ? (
          <span className="impostor-alert__more">
            {t('roster.impostorAlert.more', { count: more })}
          </span>
        ) : null}
      </button>
    </div>
  );
}

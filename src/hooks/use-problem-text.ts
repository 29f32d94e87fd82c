import { useRowTranslation } from '../i18n/row-translation';
import type { ActionProblemKind } from '../store/actions-slice';
import type { MeetingErrorKind } from '../zoom/errors';

type OwnProblem = Exclude<ActionProblemKind, MeetingErrorKind>;
// Records, so that a kind added to either union must be listed here before this compiles.
const OWN: Readonly<Record<OwnProblem, true>> = {
  protected: true,
  'already-admitted': true,
  'no-client': true,
  'empty-name': true,
  locked: true,
  cancelled: true,
  'waiting-room-refused': true,
};
const MEETING: Readonly<Record<MeetingErrorKind, true>> = {
  'not-in-zoom': true,
  'not-configured': true,
  permission: true,
  timeout: true,
  'not-in-waiting-room': true,
  'already-in-waiting-room': true,
  'already-in-that-state': true,
  'cannot-move-host': true,
  'waiting-room-unavailable': true,
  'locked-by-admin': true,
  'in-breakout-room': true,
  unsupported: true,
  'not-found': true,
  unknown: true,
};

function isOwn(kind: string): kind is OwnProblem {
  return Object.hasOwn(OWN, kind);
}

function isMeetingKind(kind: string): kind is MeetingErrorKind {
  return Object.hasOwn(MEETING, kind);
}

/**
 * The kind of a problem recorded as a plain string (the lock's outcomes, and the lock state saved
 * by an earlier version): a word this version has no sentence for reads as 'unknown', never as a
 * raw translation key.
 */
export function problemKind(kind: string): ActionProblemKind {
  return isOwn(kind) || isMeetingKind(kind) ? kind : 'unknown';
}

/** Words for why an action did not happen: a few for a summary, a plain sentence for one person. */
export function useProblemText() {
  const { t } = useRowTranslation();
  return {
    reason: (kind: string): string => t(`actions.reasons.${problemKind(kind)}`),
    sentence: (kind: string): string => {
      const known = problemKind(kind);
      return isOwn(known) ? t(`actions.problems.${known}`) : t(`errors.${known}`);
    },
  };
}

import { useRowTranslation } from '../i18n/row-translation';
import type { ActionProblemKind } from '../store/actions-slice';
import type { MeetingErrorKind } from '../zoom/errors';

type OwnProblem = Exclude<ActionProblemKind, MeetingErrorKind>;
const OWN: ReadonlySet<string> = new Set<OwnProblem>([
  'protected',
  'already-admitted',
  'no-client',
  'empty-name',
  'locked',
  'cancelled',
  'waiting-room-refused',
]);

function isOwn(kind: ActionProblemKind): kind is OwnProblem {
  return OWN.has(kind);
}

/** Words for why an action did not happen: a few for a summary, a plain sentence for one person. */
export function useProblemText() {
  const { t } = useRowTranslation();
  return {
    reason: (kind: ActionProblemKind): string => t(`actions.reasons.${kind}`),
    sentence: (kind: ActionProblemKind): string =>
      isOwn(kind) ? t(`actions.problems.${kind}`) : t(`errors.${kind}`),
  };
}

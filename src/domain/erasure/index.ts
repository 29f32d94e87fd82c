export type * from './types';
export { NOTHING_ERASED } from './types';
export {
  decisionConcerns,
  entriesToErase,
  eraseFromLog,
  erasureEvent,
  eventConcerns,
  participantsInLog,
  sameRollPerson,
} from './match';
export { lockStateMentions, lockStateWithout } from './lock-state';

export { createMatcher, matchRoster, aliasKey } from './matcher';
export { isListedNickname, isDerivedNickname, nicknamePairCount } from './nicknames';
export { reasonText, REASON_ENGLISH, type MatchReason, type ReasonCode } from './reasons';
export type {
  Confidence,
  ManualDecision,
  MatchFlag,
  Matcher,
  MatcherOptions,
  MatchReport,
  MatchState,
  ParticipantMatch,
  RollEntry,
  RosterEntry,
} from './types';
// Only a sure roll match needs it, and matches exist only once this module has loaded.
export { chosenPrivacyName } from '../privacy/chosen-name';

export { createMatcher, matchRoster, aliasKey } from './matcher';
export { isListedNickname, isDerivedNickname, nicknamePairCount } from './nicknames';
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

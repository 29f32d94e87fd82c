/**
 * The matcher and its tables (confusables, nicknames) are the heaviest code in the panel and are
 * not needed to paint the roster: they load as their own chunk right after the first paint
 * (main.tsx), or at once when a roll arrives first. Until then a roll shows as "matching…".
 */
import type * as Matching from '../domain/matching';

export type MatchingModule = typeof Matching;

let loaded: MatchingModule | null = null;
let loading: Promise<MatchingModule> | null = null;

/** The matching module if it has loaded, else null. */
export function loadedMatching(): MatchingModule | null {
  return loaded;
}

/** Loads the matching module once; every caller gets the same promise. */
export function loadMatchingModule(): Promise<MatchingModule> {
  loading ??= import('../domain/matching').then((module) => (loaded = module));
  return loading;
}

/** For tests: the module as if it had loaded (or not, with null). */
export function provideMatchingModule(module: MatchingModule | null): void {
  loaded = module;
  loading = module ? Promise.resolve(module) : null;
}

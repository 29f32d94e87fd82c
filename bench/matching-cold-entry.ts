/**
 * The page side of `npm run bench:cold-browser`: builds the synthetic roll and roster for a seed,
 * then times the first match (cold: nothing has run yet in this page) and a second one.
 */
import { createMatcher } from '../src/domain/matching';
import { syntheticRoll, syntheticRoster } from './matching-names';

/** Timed matches for one seed, in milliseconds. */
export function run(seed: number): { firstMs: number; secondMs: number } {
  const roll = syntheticRoll(1000, seed);
  const roster = syntheticRoster(roll, 1000, seed + 4);
  const start = performance.now();
  createMatcher(roll).matchAll(roster);
  const firstMs = performance.now() - start;
  const again = performance.now();
  createMatcher(roll).matchAll(roster);
  return { firstMs, secondMs: performance.now() - again };
}

/**
 * Long-name benchmark (`npm run bench:names`): how long each analysis of a display name takes as
 * the name grows from 100 to 100,000 characters, for shapes that make backtracking regexes blow up
 * (long word runs, runs of separators, many "@", dots, repeated name words). Display names are
 * attacker-controlled: every step must stay linear, and the matcher analyses at most
 * MAX_ANALYSED_NAME characters. Prints one JSON line per function, shape and length:
 * { fn, shape, length, ms } (the median of 5 runs) and a final line with the worst growth factor
 * from 10,000 to 100,000 characters (≈10 means linear).
 */
import { analyseDisplayName } from '../src/domain/text/clean-name';
import { createMatcher } from '../src/domain/matching';
import { findContactDetails } from '../src/domain/privacy/contact-details';
import { privacyName } from '../src/domain/privacy/privacy-name';
import { syntheticRoll } from './matching-names';

const SHAPES: Record<string, (n: number) => string> = {
  letters: (n) => 'a'.repeat(n),
  words: (n) => 'Jane Doe '.repeat(Math.ceil(n / 9)).slice(0, n),
  separators: (n) => `1${' -'.repeat(Math.ceil(n / 2))}`.slice(0, n),
  ats: (n) => 'a@'.repeat(Math.ceil(n / 2)).slice(0, n),
  dots: (n) => 'a.'.repeat(Math.ceil(n / 2)).slice(0, n),
  digits: (n) => '1 '.repeat(Math.ceil(n / 2)).slice(0, n),
};
const LENGTHS = [100, 1_000, 10_000, 100_000];

const roll = syntheticRoll(200, 1);
// The matcher caches verdicts by name: a fresh one per run (built before the clock starts).
const FUNCTIONS: Record<string, () => (name: string) => unknown> = {
  findContactDetails: () => findContactDetails,
  privacyName: () => privacyName,
  analyseDisplayName: () => analyseDisplayName,
  matchOne: () => {
    const matcher = createMatcher(roll);
    return (name) => matcher.matchOne({ participantUUID: 'p', screenName: name });
  },
};

function time(prepare: () => (name: string) => unknown, name: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const fn = prepare();
    // A different name each run: readings are memoised by the whole name.
    const unique = `${name}${i}`;
    const start = performance.now();
    fn(unique);
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

let worst = { fn: '', shape: '', growth: 0 };
for (const [fnName, fn] of Object.entries(FUNCTIONS)) {
  for (const [shape, make] of Object.entries(SHAPES)) {
    const times: number[] = [];
    for (const length of LENGTHS) {
      const ms = time(fn, make(length));
      times.push(ms);
      console.log(JSON.stringify({ fn: fnName, shape, length, ms: Number(ms.toFixed(3)) }));
    }
    const growth = times[3]! / Math.max(times[2]!, 0.05);
    if (growth > worst.growth) worst = { fn: fnName, shape, growth: Number(growth.toFixed(1)) };
  }
}
console.log(JSON.stringify({ metric: 'worst growth 10k→100k chars', ...worst, linearIs: 10 }));

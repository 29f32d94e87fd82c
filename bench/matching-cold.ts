/**
 * One genuinely cold 1,000 × 1,000 match in a fresh process, for profiling (`npm run bench` times
 * the same first run among its others): `npx tsx bench/matching-cold.ts [seed]`. Prints the run's
 * process CPU time and, on Linux, its main thread's share (the rest is V8's background threads:
 * the optimising compiler and the garbage collector's helpers). `node --no-opt` on the bundle (see
 * bench/cpu-profile-summary.mjs) shows the run without the optimising compiler. Timed: the match
 * alone (module loading and tsx's transform happen before it, as the panel loads its code before
 * its first match); inside it, everything a first match pays: first compilation of functions and
 * patterns, garbage collection, background compiler threads.
 */
import { readFileSync } from 'node:fs';
import { createMatcher } from '../src/domain/matching';
import { syntheticRoll, syntheticRoster } from './matching-names';

function mainThreadMs(): number | null {
  try {
    return (
      Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6
    );
  } catch {
    return null;
  }
}

const seed = Number(process.argv[2] ?? 7);
const roll = syntheticRoll(1000, seed);
const roster = syntheticRoster(roll, 1000, seed + 4);
const mainBefore = mainThreadMs();
const before = process.cpuUsage();
createMatcher(roll).matchAll(roster);
const used = process.cpuUsage(before);
const mainAfter = mainThreadMs();
const cpuMs = (used.user + used.system) / 1000;
const main = mainBefore !== null && mainAfter !== null ? mainAfter - mainBefore : null;
console.log(
  JSON.stringify({
    workload: 'cold-1000x1000',
    seed,
    cpuMs: Number(cpuMs.toFixed(1)),
    ...(main !== null ? { mainThreadMs: Number(main.toFixed(1)) } : {}),
  }),
);

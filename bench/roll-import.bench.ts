/**
 * Roll import benchmark (`npm run bench:roll`): how long the importer takes, in Node, for the
 * largest roll it accepts (20,000 rows) as .xlsx and as CSV, from bytes to a roll. The .xlsx path
 * is the one the panel runs under the production CSP: a synchronous unzip, the XML parts repacked
 * stored, then read-excel-file. The figure in a browser under the production headers is printed by
 * `test/e2e/server-csp.e2e.ts`. Prints one JSON line per figure (median and worst of the runs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRollFile } from '../src/domain/roll';
import { storedXmlParts } from '../src/domain/roll/read-xlsx';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FIXTURE = resolve(import.meta.dirname, '../test/fixtures/rolls/roll-20000.xlsx');

async function time(run: () => unknown): Promise<number[]> {
  await run(); // warm-up: the lazy import and the JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

function report(metric: string, times: number[], extra: Record<string, unknown> = {}): void {
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const worst = times.at(-1) ?? Number.NaN;
  console.log(
    JSON.stringify({
      metric,
      runs: times.length,
      medianMs: Math.round(median),
      worstMs: Math.round(worst),
      ...extra,
    }),
  );
}

const xlsx = new Uint8Array(readFileSync(FIXTURE));
const imported = await parseRollFile(xlsx, 'roll-20000.xlsx');
if (!imported.ok) throw new Error(imported.error.message);
const csv = new TextEncoder().encode(
  [
    'Registrant ID,Full name,Email,Group',
    ...imported.roll.map((e) => `${e.id},${e.name},${e.email ?? ''},${e.group ?? ''}`),
  ].join('\n'),
);

report('unzip and repack stored (20,000-row .xlsx)', await time(() => storedXmlParts(xlsx)), {
  bytes: xlsx.byteLength,
});
report('import .xlsx, 20,000 rows', await time(() => parseRollFile(xlsx, 'roll-20000.xlsx')), {
  rows: imported.roll.length,
});
report('import .csv, 20,000 rows', await time(() => parseRollFile(csv, 'roll-20000.csv')), {
  bytes: csv.byteLength,
});

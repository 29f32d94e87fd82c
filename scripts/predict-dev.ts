/**
 * Writes the matcher's predictions for a labelled matching data set, in the format of
 * ../shared/tools/score-matching.mjs:
 *
 *   npx tsx scripts/predict-dev.ts [DATA.json] [OUT.json] [--via-reconcile]
 *   node ../shared/tools/score-matching.mjs DATA.json OUT.json
 *
 * Defaults: test/fixtures/matching-dev.json → /tmp/pred.json. With --via-reconcile each case goes
 * through the reconcile command end to end: its roll written as a CSV (id,name,email), its roster
 * as JSON, and the command's --json output read back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { main } from '../src/cli/reconcile';
import { createMatcher } from '../src/domain/matching';
import type { RollEntry, RosterEntry } from '../src/domain/matching';

interface DevCase {
  id: string;
  roll: RollEntry[];
  roster: RosterEntry[];
}
interface Prediction {
  rollId: string | null;
  confidence: string;
  flags: string[];
}

const args = process.argv.slice(2);
const viaReconcile = args.includes('--via-reconcile');
const [dataFile = 'test/fixtures/matching-dev.json', outFile = '/tmp/pred.json'] = args.filter(
  (a) => !a.startsWith('--'),
);

async function throughReconcile(c: DevCase, dir: string): Promise<Prediction[]> {
  const rollFile = join(dir, `${c.id}.csv`);
  const rosterFile = join(dir, `${c.id}.json`);
  const rows = c.roll.map((r) => [r.id, r.name, r.email ?? '']);
  writeFileSync(rollFile, Papa.unparse({ fields: ['id', 'name', 'email'], data: rows }));
  writeFileSync(rosterFile, JSON.stringify(c.roster));
  let out = '';
  let err = '';
  const code = await main(['--roll', rollFile, '--roster', rosterFile, '--json'], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readFile: async (path) => new Uint8Array(await readFile(path)),
  });
  if (code !== 0) throw new Error(`reconcile failed on ${c.id}: ${err}`);
  return (JSON.parse(out) as { participants: Prediction[] }).participants;
}

async function run(): Promise<void> {
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { cases: DevCase[] };
  const predictions: Record<string, Record<string, Prediction>> = {};
  const dir = mkdtempSync(join(tmpdir(), 'predict-dev-'));
  const started = performance.now();
  try {
    for (const c of data.cases) {
      const matches = viaReconcile
        ? await throughReconcile(c, dir)
        : createMatcher(c.roll).matchAll(c.roster).participants;
      const out: Record<string, Prediction> = {};
      matches.forEach((p, i) => {
        const uuid = c.roster[i]?.participantUUID ?? '';
        out[uuid] = { rollId: p.rollId, confidence: p.confidence, flags: p.flags };
      });
      predictions[c.id] = out;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(outFile, JSON.stringify(predictions, null, 1));
  const how = viaReconcile ? ' via reconcile' : '';
  console.log(
    `${data.cases.length} cases${how} in ${(performance.now() - started).toFixed(0)} ms → ${outFile}`,
  );
}

void run();

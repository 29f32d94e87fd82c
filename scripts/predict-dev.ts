/**
 * Writes the matcher's predictions for a labelled matching data set, in the format of
 * ../shared/tools/score-matching.mjs:
 *
 *   npx tsx scripts/predict-dev.ts [DATA.json] [OUT.json]
 *   node ../shared/tools/score-matching.mjs DATA.json OUT.json
 *
 * Defaults: test/fixtures/matching-dev.json → /tmp/pred.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createMatcher } from '../src/domain/matching';
import type { RollEntry, RosterEntry } from '../src/domain/matching';

interface DevCase {
  id: string;
  roll: RollEntry[];
  roster: RosterEntry[];
}

const [dataFile = 'test/fixtures/matching-dev.json', outFile = '/tmp/pred.json'] = process.argv.slice(2);
const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { cases: DevCase[] };
const predictions: Record<string, Record<string, { rollId: string | null; confidence: string; flags: string[] }>> = {};
const started = performance.now();
for (const c of data.cases) {
  const report = createMatcher(c.roll).matchAll(c.roster);
  const out: (typeof predictions)[string] = {};
  for (const p of report.participants) out[p.participantUUID] = { rollId: p.rollId, confidence: p.confidence, flags: p.flags };
  predictions[c.id] = out;
}
writeFileSync(outFile, JSON.stringify(predictions, null, 1));
console.log(`${data.cases.length} cases in ${(performance.now() - started).toFixed(0)} ms → ${outFile}`);

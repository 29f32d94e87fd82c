/**
 * Self and inclusive time by function in one or more V8 CPU profiles (`node --cpu-prof`), summed:
 *   npx esbuild bench/matching-cold.ts --bundle --platform=node --format=esm --outfile=/tmp/cold.mjs
 *   node --cpu-prof --cpu-prof-dir /tmp/prof /tmp/cold.mjs   (a few times, seeds 7, 8, …)
 *   node bench/cpu-profile-summary.mjs /tmp/prof/*.cpuprofile
 * (bundled, the profile names real lines and leaves tsx's loader out)
 * A profile samples the main thread only: V8's background compiler threads are not in it.
 */
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node bench/cpu-profile-summary.mjs FILE.cpuprofile...');
  process.exit(1);
}
const self = new Map();
const inclusive = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const leaf = name(nodes.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(nodes.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
}
const top = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([key, ms]) => `${(ms / files.length).toFixed(1).padStart(8)} ms  ${key}`)
    .join('\n');
console.log(
  `${files.length} profile(s), ${(total / files.length).toFixed(1)} ms sampled each (per-profile means)`,
);
console.log(`--- self\n${top(self)}\n--- inclusive\n${top(inclusive)}`);

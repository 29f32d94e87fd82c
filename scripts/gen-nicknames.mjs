#!/usr/bin/env node
// Generates src/domain/generated/nicknames.ts: a curated given-name ↔ nickname table.
//
//   node scripts/gen-nicknames.mjs [path/to/names.csv] [--report]
//
// Source: carltonnorthern/nicknames names.csv (Apache-2.0), default ../shared/data/nicknames/names.csv.
// The raw list favours recall; matching favours precision, so a pair is KEPT only when
//   (a) the nickname is DERIVABLE from the name: after removing a diminutive ending (-ie, -y, -o, -a,
//       -ette…) and spelling-normalising both (ph→f, th→t, c→k or s, x→ks, y→i, doubled letters),
//       the nickname's stem is a prefix of the name (≥ 2 letters) or a contiguous piece of it
//       (≥ 3 letters): robert→rob, anthony→tony, christina→tina, johannes→hannes; or
//   (b) the pair is a WELL-KNOWN irregular diminutive listed below (robert→bob, william→bill, …).
// (spelling variants such as jon/john, stephen/steven also pass (a)). Everything else is dropped (aaron→erin, katherine→lena, margaret→rita: a different name, not a
// form of this one). A short SUPPLEMENT of common non-English diminutives absent from the source
// (written for this project, by tradition, in scripts/data/nicknames-supplement.mjs) is added, and
// the few source pairs listed there as WITHDRAWN (a short form that is another name) are dropped.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPLEMENT as TRADITIONS, WITHDRAWN } from './data/nicknames-supplement.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const report = args.includes('--report');
const source = resolve(
  args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/data/nicknames/names.csv'),
);
const target = resolve(root, 'src/domain/generated/nicknames.ts');

/** Irregular English diminutives everyone knows (kept only when the source lists the pair). */
const WELL_KNOWN = {
  robert: ['bob', 'bobby', 'bobbie'],
  william: ['bill', 'billy', 'billie'],
  richard: ['dick', 'dickie', 'dicky'],
  edward: ['ted', 'teddy', 'ned', 'neddy'],
  theodore: ['ted', 'teddy'],
  edmund: ['ned'],
  henry: ['hank', 'harry', 'hal'],
  harold: ['hal', 'harry'],
  john: ['jack', 'johnny'],
  geoffrey: ['jeff'],
  jeffrey: ['geoff'],
  gerald: ['jerry'],
  geraldine: ['jerry'],
  abraham: ['abe'],
  isaac: ['ike'],
  ezekiel: ['zeke'],
  james: ['jim', 'jimmy', 'jimmie'],
  margaret: ['peg', 'peggy', 'meg', 'maggie', 'madge'],
  mary: ['polly', 'molly', 'mamie'],
  sarah: ['sally', 'sadie'],
  martha: ['patty', 'patsy', 'mattie'],
  patricia: ['patsy', 'patty', 'trish', 'tricia'],
  patrick: ['paddy', 'pat'],
  elizabeth: [
    'betsy',
    'betty',
    'bess',
    'bessie',
    'libby',
    'lisa',
    'liz',
    'lizzie',
    'eliza',
    'beth',
  ],
  charles: ['chuck', 'chas'],
  dorothy: ['dolly', 'dot', 'dottie'],
  eleanor: ['nell', 'nellie', 'ellie', 'nora'],
  helen: ['nell', 'nellie'],
  ellen: ['nell', 'nellie'],
  lawrence: ['larry'],
  leonard: ['len', 'lenny'],
  teresa: ['tess', 'tessa', 'tessie'],
  theresa: ['tess', 'tessa', 'tessie'],
  laurence: ['larry'],
  barbara: ['babs'],
  cynthia: ['cindy'],
  katherine: ['kitty', 'kit', 'kay'],
  catherine: ['kitty', 'kit', 'kay'],
  kathleen: ['kitty', 'kay'],
  christopher: ['kit'],
  alexander: ['sandy', 'sasha'],
  alexandra: ['sandy', 'sasha'],
  isabella: ['izzy', 'izzie'],
  isabel: ['izzy', 'izzie'],
  ann: ['nan', 'nancy'],
  anne: ['nan', 'nancy'],
  mildred: ['millie'],
  virginia: ['ginny', 'ginger'],
  susan: ['sukey'],
  frances: ['fanny', 'frankie'],
  francis: ['frank', 'frankie'],
  jacob: ['jake'],
};

/** Common non-English diminutives missing from the source (project-authored, same licence as the project). */

const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ı/g, 'i');

/** Project-authored pairs by naming tradition (scripts/data/nicknames-supplement.mjs), folded. */
const SUPPLEMENT = {};
for (const group of Object.values(TRADITIONS)) {
  for (const [name, nicks] of Object.entries(group)) {
    const key = fold(name);
    SUPPLEMENT[key] = [...new Set([...(SUPPLEMENT[key] ?? []), ...nicks.map((n) => fold(n))])];
  }
}

const SUFFIXES = [
  '',
  'ie',
  'y',
  'ey',
  'ee',
  'e',
  'es',
  'i',
  'o',
  'a',
  's',
  'sy',
  'sie',
  'ette',
  'etta',
  'ita',
  'ito',
  'ina',
  'ka',
  'ek',
  'chen',
  'le',
];

function canon(s, c) {
  let t = s
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kw')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/v/g, 'f');
  t = t.replace(/c/g, c);
  t = t[0] + t.slice(1).replace(/y/g, 'i').replace(/z/g, 's');
  t = t.replace(/h(?=[^aeiouy]|$)/g, (m, i) => (i === 0 ? m : ''));
  return t.replace(/(.)\1+/g, '$1');
}

function derivable(name, nick) {
  for (const c of ['k', 's']) {
    const n = canon(name, c);
    for (const suf of SUFFIXES) {
      if (!nick.endsWith(suf)) continue;
      const stem = nick.slice(0, nick.length - suf.length);
      if (stem.length < 2) continue;
      const s = canon(stem, c);
      if (s.length >= 2 && n.startsWith(s)) return true;
      if (s.length >= 3 && n.includes(s)) return true;
    }
  }
  return false;
}

const raw = readFileSync(source, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .filter(Boolean);
if (raw[0] !== 'name1,relationship,name2') throw new Error(`unexpected header: ${raw[0]}`);
const kept = new Map();
const dropped = [];
let total = 0;
const add = (name, nick) => {
  if (name === nick) return;
  if (!kept.has(name)) kept.set(name, new Set());
  kept.get(name).add(nick);
};
for (const line of raw.slice(1)) {
  const [a, rel, b] = line.split(',').map((f) => fold(f.trim()));
  if (rel !== 'has_nickname' || !a || !b) throw new Error(`unexpected row: ${line}`);
  total++;
  if (WITHDRAWN[a]?.includes(b) || WITHDRAWN[b]?.includes(a)) dropped.push(`${a}→${b}`);
  else if (
    derivable(a, b) ||
    derivable(b, a) ||
    WELL_KNOWN[a]?.includes(b) ||
    WELL_KNOWN[b]?.includes(a)
  )
    add(a, b);
  else dropped.push(`${a}→${b}`);
}
let fromSource = 0;
for (const s of kept.values()) fromSource += s.size;
let supplement = 0;
for (const [name, nicks] of Object.entries(SUPPLEMENT)) {
  for (const nick of nicks) {
    if (kept.get(name)?.has(nick)) continue;
    add(name, nick);
    supplement++;
  }
}

const names = [...kept.keys()].sort();
const data = names.map((n) => `${n}:${[...kept.get(n)].sort().join(',')}`).join(';');
const out = [
  '// GENERATED by scripts/gen-nicknames.mjs: do not edit by hand.',
  '// Derived from names.csv of https://github.com/carltonnorthern/nicknames, licensed under the',
  '// Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0); see THIRD_PARTY_NOTICES.md.',
  `// Modified: curated for precision (${fromSource} of ${total} pairs kept; rule in scripts/gen-nicknames.mjs),`,
  `// plus ${supplement} project-authored pairs from other naming traditions (scripts/data/).`,
  '',
  '/** "name:nick,nick;name:…" with folded (lower-case, unaccented) names; parsed by matching/nicknames.ts. */',
  'export const NICKNAMES_DATA =',
  ...chunk(data, 100).map((c, i, all) => `  '${c}'${i === all.length - 1 ? ';' : ' +'}`),
  '',
];
writeFileSync(target, out.join('\n'));
console.log(
  `kept ${fromSource}/${total} source pairs (+${supplement} supplement) for ${names.length} names → ${target}`,
);
if (report) console.log(`dropped:\n${dropped.join('  ')}`);

function chunk(s, n) {
  const parts = [];
  for (let i = 0; i < s.length; i += n) parts.push(s.slice(i, i + n));
  return parts;
}

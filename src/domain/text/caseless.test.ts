import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASELESS } from './name-patterns';

// caseless() reads text lower-cased with a pattern compiled without `i`: these tests hold it to
// the answers of the `i` (or `iu`) pattern it replaces, for every pattern of name-patterns.ts.

function screenNames(file: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    cases: Array<{ roster: Array<{ screenName: string }>; roll: Array<{ name: string }> }>;
  };
  return data.cases.flatMap((c) => [
    ...c.roster.map((p) => p.screenName),
    ...c.roll.map((r) => r.name),
  ]);
}

const HOSTILE = [
  "Jane's iPhone",
  "JANE'S IPHONE",
  'jane’s ipad pro',
  'Judsons iPad',
  'iPhone de María',
  'IPHONE DE MARÍA',
  'Galaxy S21 Najam',
  'Sururi-iPhone',
  'Ngoc (laptop)',
  'iPhone của Ngọc',
  'IPHONE CỦA NGỌC',
  'iPhone CỦA Ngọc',
  'LAPTOP-8F2K1QX',
  'Windows User',
  'Zoom User',
  'Conference Room 4',
  'Call-In User_7',
  'Phone User 3',
  '+1 555****1234',
  'Otter.ai Notetaker',
  'FIREFLIES.AI NOTETAKER',
  'Zoom AI Companion',
  'Meeting Recorder',
  'Dr. Mary Smith',
  'DR MARY SMITH',
  'Prof. Dr. Hans Müller',
  'Mrs Smith',
  'Sr. García',
  'Jane Doe, PhD',
  'JANE DOE, MD, MPH',
  'Ana Silva, RN',
  'Tom Hughes Jr.',
  'Tom Hughes, DO',
  'Sam (they/them)',
  'Alex | Pronouns: she/her',
  'Kim (any pronouns)',
  'KIM (ANY PRONOUNS)',
  'İlker Yıldız iPhone',
  'İPHONE DE MARÍA',
  'Dr. İlker',
  'ſam’s iPad',
  'Jane\u212Aate iPhone',
  '\u212Aim Notetaker',
  'Dr.\u00A0Jane Doe',
  'ΣΟΦΙΑ iPhone',
  'Ｊａｎｅ iPhone',
  'Mary\u200BSmith’s Pixel 8',
  '🎨 Jane Doe',
  'Zoë Łukasz-Wójcik',
  '',
  ' ',
];

const NAMES = [
  ...HOSTILE,
  ...screenNames('test/fixtures/matching-dev.json'),
  ...screenNames('test/fixtures/matching-dev-handwritten.json'),
];
const TEXTS = [...new Set(NAMES.flatMap((n) => [n, n.toUpperCase(), n.toLowerCase(), swap(n)]))];

function swap(text: string): string {
  let out = '';
  for (const ch of text) out += ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
  return out;
}

describe('caseless patterns', () => {
  it('are made for every name pattern', () => {
    expect(CASELESS.length).toBeGreaterThan(15);
  });

  it('hold no capital outside a class that holds its small letter, and no Unicode property', () => {
    for (const { source } of CASELESS) {
      expect(source).not.toMatch(/\\p/u);
      let inClass = '';
      let classOpen = false;
      for (let i = 0; i < source.length; i++) {
        const ch = source[i] as string;
        if (ch === '\\') {
          i++;
          continue;
        }
        if (classOpen) {
          if (ch === ']') {
            for (const capital of inClass.match(/[A-Z]/gu) ?? [])
              expect(inClass, source).toMatch(
                capital === 'A' || capital === 'Z'
                  ? /a-z/u
                  : new RegExp(capital.toLowerCase(), 'u'),
              );
            classOpen = false;
            inClass = '';
          } else inClass += ch;
          continue;
        }
        if (ch === '[') classOpen = true;
        else expect(/[A-Z]/u.test(ch), `${ch} in ${source}`).toBe(false);
      }
    }
  });

  it('answer test, exec and replace as the i pattern does, over many names in every case', () => {
    expect(CASELESS.filter((p) => p.flags.includes('g')).length).toBe(1);
    const wrong: string[] = [];
    for (const pattern of CASELESS) {
      const folded = new RegExp(pattern.source, `${pattern.flags}i`);
      const unicode = new RegExp(pattern.source, `${pattern.flags}iu`);
      const global = pattern.flags.includes('g');
      for (const text of TEXTS) {
        // What the pattern answered before: `i`, or `iu` for text holding ſ or K.
        const want = text.includes('\u017F') || text.includes('\u212A') ? unicode : folded;
        if (pattern.replace(text, ' ') !== text.replace(want, ' ')) wrong.push(text);
        // A g pattern reads on from lastIndex: it is only ever replaced with.
        if (global) continue;
        if (pattern.replace(text, '') !== text.replace(want, '')) wrong.push(text);
        const m = pattern.exec(text);
        const w = want.exec(text);
        if (pattern.test(text) !== (w !== null) || (m === null) !== (w === null)) wrong.push(text);
        else if (m && w && (m.index !== w.index || m.join('\u0000') !== w.join('\u0000')))
          wrong.push(text);
      }
      expect(wrong, pattern.source).toEqual([]);
    }
  });

  it('lower-case every character to one of the same length but İ and K', () => {
    const changed: number[] = [];
    for (let cp = 0x80; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower.length !== ch.length || /[\0-\x7F]/u.test(lower)) changed.push(cp);
    }
    expect(changed).toEqual([0x0130, 0x212a]);
  });
});

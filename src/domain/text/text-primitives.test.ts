import { describe, expect, it } from 'vitest';
import { CONFUSABLES_DATA, CONFUSABLES_VERSION } from '../generated/confusables';
import { isOneEditApart } from './edit-distance';
import { tokenise } from './tokens';
import { foldGerman, foldText, romanKey } from './fold';
import { confusableOf, skeleton } from './skeleton';
import {
  blockScriptSet,
  hasMixedScriptWord,
  mixedScriptByWords,
  narrowFullwidth,
  scriptSetByPattern,
  stripEmoji,
  visualOrder,
} from './unicode';

describe('foldText / foldGerman', () => {
  it.each([
    ['Łukasz Müller', 'lukasz muller'],
    ['Ørsted Đặng', 'orsted dang'],
    ['Straße', 'strasse'],
    ['Æsa Œuvre', 'aesa oeuvre'],
    ['Işığ Arık', 'isig arik'],
    ["O'Brien N’Diaye", 'obrien ndiaye'],
    ['ＪＡＮＥ', 'jane'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('spells umlauts the German ASCII way, and only when there are some', () => {
    expect(foldGerman('Müller')).toBe('mueller');
    expect(foldGerman('Göß')).toBe('goess');
    expect(foldGerman('Muller')).toBeNull();
  });
});

describe('romanKey: one key for the romanisations of one name', () => {
  it.each([
    ['Mohammed', 'Muhammad', 'Mohamed', 'Muhammed'],
    ['Hussein', 'Hossein', 'Husain', 'Hussain', 'Hossain', 'Husayn', 'Houssein', 'Hüseyin'],
    ['Yusuf', 'Youssef', 'Yousef', 'Yosef'],
    ['Mustafa', 'Mostafa', 'Moustafa', 'Mustapha'],
    ['Osman', 'Othman', 'Uthman', 'Usman'],
    ['Aisha', 'Ayesha', 'Aicha'],
    ['Fatima', 'Fatemeh', 'Fatma'],
    ['Ismail', 'Ismael', 'Esmaeil'],
    ['Itō', 'Itou', 'Ito'],
  ])('%s', (...names) => {
    const keys = names.map((n) => romanKey(foldText(n)));
    expect(new Set(keys).size, keys.join(' ')).toBe(1);
  });

  it.each([
    ['Hassan', 'Hussein'],
    ['Ahmed', 'Ahmadi'],
    ['Omar', 'Amar'],
    ['Yusuf', 'Yunus'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(romanKey(foldText(a))).not.toBe(romanKey(foldText(b)));
  });
});

describe('skeleton (UTS #39)', () => {
  it('uses the generated Unicode 17 data', () => {
    expect(CONFUSABLES_VERSION).toBe('17.0.0');
    expect(CONFUSABLES_DATA.split(';').length).toBeGreaterThan(6000);
  });

  it('finds every mapping of the data, and nothing between them', () => {
    const table = new Map<number, string>();
    for (const entry of CONFUSABLES_DATA.split(';')) {
      const [src = '', dst = ''] = entry.split('>');
      table.set(
        parseInt(src, 16),
        String.fromCodePoint(...dst.split(' ').map((h) => parseInt(h, 16))),
      );
    }
    for (const [cp, prototype] of table) {
      expect(confusableOf(cp)).toBe(prototype);
      if (!table.has(cp + 1)) expect(confusableOf(cp + 1)).toBeUndefined();
    }
    expect(confusableOf(0)).toBeUndefined();
    expect(confusableOf(0x10ffff)).toBeUndefined();
  });

  it.each([
    ['Кenta', 'Kenta'],
    ['Νelda', 'Nelda'],
    ['раураl', 'paypal'],
    ['Ϲameron', 'Cameron'],
    ['ΑΒΕ', 'ABE'],
  ])('%s looks like %s', (spoof, real) => {
    expect(skeleton(spoof)).toBe(skeleton(real));
  });

  it('maps Latin look-alikes too (m = rn, I = l, 0 = O)', () => {
    expect(skeleton('Kim')).toBe(skeleton('Kirn'));
    expect(skeleton('Ian')).toBe(skeleton('lan'));
    expect(skeleton('J0hn')).toBe(skeleton('JOhn'));
    expect(skeleton('Kenta')).not.toBe(skeleton('Kento'));
  });

  it('drops default-ignorable characters', () => {
    expect(skeleton('Ja\u200Bne')).toBe(skeleton('Jane'));
  });

  it('knows exactly which printable ASCII characters the data maps (the fast path relies on it)', () => {
    const mapped = new Set<string>();
    for (const entry of CONFUSABLES_DATA.split(';')) {
      const cp = parseInt(entry.split('>')[0] ?? '', 16);
      if (cp >= 0x20 && cp <= 0x7e) mapped.add(String.fromCharCode(cp));
    }
    expect([...mapped].sort().join('')).toBe([...'`"|10I%m'].sort().join(''));
  });
});

describe('unicode helpers', () => {
  it('strips emoji, keeping the words apart', () => {
    expect(stripEmoji('🎨Jane👩🏽‍🦱Doe⭐').trim().split(/\s+/u)).toEqual(['Jane', 'Doe']);
    expect(stripEmoji('Jane Doe')).toBe('Jane Doe');
  });

  it('keeps a joiner that is not part of an emoji (it is how names hide characters)', () => {
    expect(stripEmoji('Ja\u200Dne 🎨')).toContain('\u200D');
  });

  it('removes exactly what Unicode’s RGI emoji set removes (keycaps, tag flags, ZWJ sequences)', () => {
    // The oracle: the `v`-flag set of strings stripEmoji no longer pays for at run time.
    const rgi = new RegExp(
      String.raw`\p{RGI_Emoji}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}`,
      'gv',
    );
    const viaRgi = (text: string, separator: string): string => {
      const out = text
        .replace(rgi, '\uFFFC')
        .replace(
          /(?:\uFE0E|\uFE0F|\u200D|\u20E3)*\uFFFC(?:\uFE0E|\uFE0F|\u200D|\u20E3)*/gu,
          '\uFFFC',
        )
        .replace(/[\p{So}\p{Co}]/gu, '\uFFFC');
      return out
        .replace(/^[\s\uFFFC]+|[\s\uFFFC]+$/gu, ' ')
        .replace(/\s*\uFFFC[\s\uFFFC]*/gu, separator);
    };
    const alphabet = [
      ...'a #1*é',
      '\uFE0F',
      '\uFE0E',
      '\u200D',
      '\u20E3',
      ...[0xe0067, 0xe0062, 0xe0065, 0xe006e, 0xe0073, 0xe0063, 0xe0074, 0xe007f, 0x1f3f4],
      ...[0x1f44b, 0x1f3fd, 0x1f1fa, 0x1f1f8, 0xa9, 0x2764, 0x1f468, 0x1f469, 0x1f9b0, 0x26a7],
    ].map((c) => (typeof c === 'number' ? String.fromCodePoint(c) : c));
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const samples = ['#️⃣ Ana', 'Ana 🏴󠁧󠁢󠁥󠁮󠁧󠁿 Lee', 'Ana 🏴󠁧󠁢󠁸󠁿', '👨‍👩‍👧 Kim', '👋🏽Jo', '🇺🇸 Al'];
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      for (let i = 1 + Math.floor(next() * 8); i > 0; i--)
        s += alphabet[Math.floor(next() * alphabet.length)];
      samples.push(s);
    }
    // Letters at both ends: a name with no emoji at all is returned as it is, untrimmed.
    for (const s of samples.map((x) => `x${x}x`))
      expect(stripEmoji(s, ' · '), JSON.stringify(s)).toBe(viaRgi(s, ' · '));
  });

  it('narrows full-width ASCII only', () => {
    expect(narrowFullwidth('Ｊａｎｅ　Ｄｏｅ')).toBe('Jane Doe');
    expect(narrowFullwidth('Ϲ')).toBe('Ϲ');
  });

  it('reverses right-to-left overrides as displayed', () => {
    expect(visualOrder('\u202Eeod enaJ')).toBe('Jane doe');
    expect(visualOrder('A\u202Ecb\u202CD')).toBe('AbcD');
    expect(visualOrder('Jane')).toBe('Jane');
  });

  it.each([
    ['Kenta', false],
    ['Кenta', true],
    ['Иван', false],
    ['Jürgen', false],
    ['山田たろう', false],
    ['김민준', false],
    ['Mateυsz', true],
    // A word wholly in look-alikes of another script inside a Latin name is a disguise…
    ['Tamsin Ноу', true],
    ['Вера Quill', true],
    // …but not in a name written in that script, with Latin pronouns or tags after it.
    ['Вера Лыкова (she/her)', false],
    ['Вера Лыкова | Northfield', false],
  ])('mixed scripts in %s: %s', (word, mixed) => {
    expect(hasMixedScriptWord(word)).toBe(mixed);
  });

  it('reads basic Cyrillic and Greek letters as the Script_Extensions patterns do', () => {
    let checked = 0;
    for (let code = 0x0370; code <= 0x04ff; code++) {
      const block = blockScriptSet(code);
      if (!block) continue;
      const ch = String.fromCharCode(code);
      expect([...block], ch).toEqual([...scriptSetByPattern(ch)]);
      checked++;
    }
    expect(checked).toBe(297);
  });

  it('finds no mixed script in text of ASCII, Latin letters and combining marks, as word by word', () => {
    const latin: string[] = [];
    for (let c = 0xc0; c <= 0x24f; c++)
      if (c !== 0xd7 && c !== 0xf7) latin.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) latin.push(String.fromCharCode(c));
    for (let c = 0x300; c <= 0x36f; c++) latin.push(`e${String.fromCharCode(c)}`);
    for (const ch of latin) {
      for (const text of [ch, `Ma${ch}ek`, `${ch}2 Doe`, `Jo ${ch}1`, `A-${ch}.`]) {
        expect(hasMixedScriptWord(text), text).toBe(false);
        expect(mixedScriptByWords(text), text).toBe(false);
      }
    }
    // Outside those ranges the words are read: µ (Common script) in a Latin word is mixed.
    expect(hasMixedScriptWord('µark')).toBe(mixedScriptByWords('µark'));
  });
});

describe('case-insensitive patterns with and without the u flag', () => {
  it('differ only on ſ and K (Kelvin sign), which name-patterns.ts reads with the u flag', () => {
    const differ: number[] = [];
    const pairs = [
      [/^[a-z0-9_]$/i, /^[a-z0-9_]$/iu],
      [/^\w$/i, /^\w$/iu],
      [/^\s$/i, /^\s$/iu],
    ] as const;
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (pairs.some(([ascii, unicode]) => ascii.test(ch) !== unicode.test(ch))) differ.push(code);
    }
    expect(differ).toEqual([0x017f, 0x212a]);
  });
});

describe('isOneEditApart', () => {
  it.each([
    ['smith', 'smiht', true],
    ['smith', 'smyth', true],
    ['smith', 'smit', true],
    ['smith', 'smitth', true],
    ['smith', 'smith', false],
    ['smith', 'smtih', true],
    ['smith', 'msiht', false],
    ['smith', 'jones', false],
    ['ab', 'ba', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
    expect(isOneEditApart(b, a)).toBe(expected);
  });
});

describe('tokenise', () => {
  const read = (text: string): string[] =>
    tokenise(text).map(
      (t) => `${t.word}:${t.key}/${t.alt ?? '-'}/${t.initial ? 'i' : 'w'}/${t.text}`,
    );

  it('reads Latin letters, hyphenated parts and an initial the same whatever the letters', () => {
    expect(read('Łukasz Wiśniewska-Müller Ł.')).toEqual([
      '0:lukasz/-/w/Łukasz',
      '1:wisniewska/-/w/Wiśniewska',
      '1:muller/mueller/w/Müller',
      '2:l/-/i/Ł',
    ]);
    expect(read('Thảo Nguyễn-Đặng ǅ. Straße')).toEqual([
      '0:thao/-/w/Thảo',
      '1:nguyen/-/w/Nguyễn',
      '1:dang/-/w/Đặng',
      '2:dz/-/w/ǅ',
      '3:strasse/-/w/Straße',
    ]);
  });

  it('drops digits and punctuation but keeps them in the written text', () => {
    expect(read("O'Brien Zoë2 Jo--Ann ж.")).toEqual([
      "0:obrien/-/w/O'Brien",
      '1:zoe/-/w/Zoë2',
      '2:jo/-/w/Jo',
      '2:ann/-/w/Ann',
      '3:ж/-/i/ж',
    ]);
  });
});

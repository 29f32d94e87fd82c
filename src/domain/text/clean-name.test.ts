import { describe, expect, it } from 'vitest';
import { analyseDisplayName, analyseRollName } from './clean-name';

/** Folded words of each reading, e.g. ["jane doe", "jane"]. */
function readings(name: string): string[] {
  return analyseDisplayName(name).variants.map((v) =>
    v.tokens.map((t) => (t.initial ? `${t.key}.` : t.key)).join(' '),
  );
}

describe('analyseDisplayName: what is not a person', () => {
  it.each([
    ['Otter.ai Notetaker', 'bot'],
    ["Yuxuan's Otter.ai Notetaker", 'bot'],
    ['Fireflies.ai Notetaker', 'bot'],
    ["Yener's Read.ai meeting notes", 'bot'],
    ['Zoom AI Companion', 'bot'],
    ['Meeting Recorder', 'bot'],
    ['Tactiq Notes', 'bot'],
    ['+1 415****1234', 'dial-in'],
    ['+4991****55', 'dial-in'],
    ['Call-In User_7', 'dial-in'],
    ['Phone User 3', 'dial-in'],
    ['Caller 9', 'dial-in'],
    ['iPhone', 'device'],
    ['MacBook Pro', 'device'],
    ['Galaxy S23', 'device'],
    ['HUAWEI P30', 'device'],
    ['LAPTOP-ADC8GBJF', 'device'],
    ['DESKTOP-HEW7K2F', 'device'],
    ['Windows User', 'device'],
    ['Samsung Galaxy S21', 'device'],
    ['Granola', 'bot'],
    ['Jane Doe', 'person'],
    ['Robot Smith', 'person'],
    ['Phong Lý', 'person'],
  ])('%s → %s', (name, kind) => {
    expect(analyseDisplayName(name).kind).toBe(kind);
  });
});

describe('analyseDisplayName: case-insensitive patterns as Unicode reads them', () => {
  // The patterns are compiled without the `u` flag except for text holding ſ or K (Kelvin), which
  // only Unicode case-insensitive matching reads as s and k.
  it.each([
    ['ſamsung', 'device'],
    ['Uſer', 'device'],
    ['Call-In Uſer_7', 'dial-in'],
    ['\u212Arisp', 'bot'],
    ['Thảo Bot', 'bot'],
    ['Éai Nguyen', 'person'],
    // Outside printable ASCII the Unicode letter classes decide, as in ASCII.
    ['Otter.ai Notetaker für Jürgen', 'bot'],
    ['DESKTOP-ÜBER12', 'device'],
    ['Zoom Room Süd', 'device'],
    ['Conference Room 4B', 'device'],
  ])('%s → %s', (name, kind) => {
    expect(analyseDisplayName(name).kind).toBe(kind);
  });

  it('strips a title written with a long s', () => {
    const name = analyseDisplayName('Mſ Jane Doe');
    expect(name.title).toBe(true);
    expect(readings('Mſ Jane Doe')).toEqual(['jane doe']);
  });

  it('strips pronouns in any script', () => {
    expect(readings('Zoë Parker (she/her)')).toEqual(['zoe parker']);
    expect(readings('Zoe Parker (she/her)')).toEqual(['zoe parker']);
    expect(readings('Zoë Parker | pronouns: they/them')).toEqual(['zoe parker']);
  });

  it('reads a shared device only around a joining word', () => {
    expect(readings('Rosa & Tomás')).toContain('rosa');
    expect(readings('Rosa\u00A0y\u00A0Tomás')).toContain('rosa');
    expect(readings('Rosaytomás Díaz')).toEqual(['rosaytomas diaz']);
  });
});

describe('analyseDisplayName: cleaning', () => {
  it.each([
    ['Jane Doe', ['jane doe']],
    ['  JANE   doe ', ['jane doe']],
    ['jane.doe', ['jane doe']],
    ['Sidney_Schmid', ['sidney schmid']],
    ['Christiana F.', ['christiana f.']],
    ['Doğaner Ö', ['doganer o.']],
    ['Doe, Jane', ['doe jane']],
    ['Dr. Jane Doe', ['jane doe']],
    ['Jane Doe, PhD', ['jane doe']],
    ['Seth Steuber MD', ['seth steuber']],
    ['Ana Ruiz DNP', ['ana ruiz']],
    ['Ana Ruiz, PA-C', ['ana ruiz']],
    ['Haruki Miyamoto, RN', ['haruki miyamoto']],
    ['Jane Doe (she/her)', ['jane doe']],
    ['Tri Kuswandari | she/her', ['tri kuswandari']],
    ['Krystina Rohan [she/they]', ['krystina rohan']],
    ['Flore Faure she/her', ['flore faure']],
    ['Maria Luiza Nogueira (ela/dela)', ['maria luiza nogueira']],
    ['🎨 Júlio César 👋🏽', ['julio cesar']],
    ['🍀👩🏽‍🦱 Claudie Baumbach', ['claudie baumbach']],
    ["Jane's iPhone", ['jane']],
    ['Ayu’s iPhone', ['ayu']],
    ['Judsons iPad', ['judsons', 'judson']],
    ['iPhone de María', ['maria']],
    ['iPhone von Xuân Hoa', ['xuan hoa']],
    ['Galaxy S21 Najam', ['najam']],
    ['Luk Sławiński (iPad)', ['luk slawinski']],
    ['Sururi-iPhone', ['sururi']],
    ["Danh Văn's MacBook Pro", ['danh van']],
    ['Ye-jun Cho', ['ye jun cho', 'yejun cho']],
    [
      'Terrill Ledner, Bright Path',
      ['terrill ledner bright path', 'terrill ledner', 'bright path'],
    ],
    ['Acme Corp | Christelle Joly', ['acme corp christelle joly', 'acme corp', 'christelle joly']],
    ['Handan Demir – Volunteer', ['handan demir volunteer', 'handan demir']],
  ])('%s reads as %j', (name, expected) => {
    expect(readings(name)).toEqual(expected);
  });

  it('reads an e-mail address as its local part, without digits', () => {
    const name = analyseDisplayName('marceli.jaskiewicz69@yahoo.com');
    expect(name.email).toBe('marceli.jaskiewicz69@yahoo.com');
    expect(readings('marceli.jaskiewicz69@yahoo.com')).toEqual(['marceli jaskiewicz']);
  });

  it('notes a title and a device phrase', () => {
    expect(analyseDisplayName('Mrs. Stepanov').title).toBe(true);
    expect(analyseDisplayName('M. Guillot').title).toBe(true);
    expect(readings('Hon Wong')).toEqual(['hon wong']);
    expect(readings('Hon. Mary Wong')).toEqual(['mary wong']);
    expect(readings('Ing Chen')).toEqual(['ing chen']);
    expect(analyseDisplayName('Jane Doe').title).toBe(false);
    expect(analyseDisplayName("Jane's iPad").device).toBe(true);
  });

  it('reads a right-to-left override the way it is displayed', () => {
    expect(readings('\u202Eeod enaJ')).toEqual(['eod enaj', 'jane doe']);
  });
});

describe('analyseDisplayName: signals', () => {
  it.each([
    ['Jane Doe', []],
    ['🎨 Jane Doe 👨‍👩‍👧', []],
    ['José Müller-Łukasz', []],
    ['山田 太郎', []],
    ['山田　太郎', []],
    ['محمد علي\u200F', []],
    ['مهر\u200Cنوش', []],
    ['क्\u200Dष', []],
    ['Ja\u200Cne Doe', ['invisible']],
    ['مهر\u200C', ['invisible']],
    ['Pen\u200Bgfei Yao', ['invisible']],
    ['Na\uFEFFjam Oktavian', ['invisible']],
    ['Ada Czaj\u2060ka', ['invisible']],
    ['\u202Eeod enaJ', ['bidi']],
    ['Yeliz A\u200Fcar', ['bidi']],
    ['V\u061Cilma Mertz', ['bidi']],
    ['Ｄｅｎｉｓ Schuppe', ['fullwidth']],
    ['𝐉𝐚𝐧𝐞 Doe', ['fullwidth']],
    ['Кenta Morі', ['mixedScript']],
    ['Mateυsz', ['mixedScript']],
  ])('%s → %j', (name, expected) => {
    const signals = analyseDisplayName(name).signals;
    expect(
      Object.entries(signals)
        .filter(([, on]) => on)
        .map(([k]) => k),
    ).toEqual(expected);
  });
});

describe('analyseRollName', () => {
  it.each([
    ['Jane Doe', 'jane doe', []],
    ['Doe, Jane', 'jane doe', []],
    ['Dr. Jane Doe-Smith, PhD', 'jane doe smith', []],
    ['Robert (Bob) Smith', 'robert smith', ['bob']],
    ['Jane\u200B Doe', 'jane doe', []],
  ])('%s → %s', (name, words, aliases) => {
    const roll = analyseRollName(name);
    expect(roll.tokens.map((t) => t.key).join(' ')).toBe(words);
    expect(roll.aliases).toEqual(aliases);
  });
});

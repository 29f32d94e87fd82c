import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareCatalog,
  displayWidth,
  glossaryProblems,
  overBudget,
  expectedKeys,
  flattenCatalog,
  incompletePlurals,
  keyUsage,
  placeholders,
  pluralCategories,
} from './catalog-check';
import type { Catalog, Glossary, SourceFile } from './catalog-check';
import { DYNAMIC_KEY_PATTERNS, SAME_AS_ENGLISH } from './catalog-rules';
import { english, englishParts } from './english';
import { LENGTH_BUDGETS } from './length-budgets';
import { SUPPORTED_LANGUAGES } from './languages';

const catalogs = import.meta.glob<{ default: Catalog }>(
  ['./locales/*.json', '!./locales/en.json'],
  {
    eager: true,
  },
);
const glossaries = import.meta.glob<{ default: Glossary }>('./glossary/*.json', { eager: true });
const englishKeys = flattenCatalog(english as unknown as Catalog);
const translated = SUPPORTED_LANGUAGES.filter((language) => language !== 'en');

const SRC = resolve(import.meta.dirname, '..');

/** The product's code: what ships uses the keys, so tests and test helpers do not count. */
function productSources(): SourceFile[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) =>
        /\.(ts|tsx)$/.test(file) &&
        // Tests do not ship; the catalog rules name keys without using them.
        !/\.test\.tsx?$|test-facts\.ts$|i18n\/catalog-(check|rules)\.ts$/.test(file),
    )
    .map((file) => ({
      path: relative(SRC, join(SRC, file)),
      text: readFileSync(join(SRC, file), 'utf8'),
    }));
}

function flat(catalog: Catalog): Map<string, string> {
  return flattenCatalog(catalog);
}

describe('the catalog checks themselves', () => {
  const en = flat({
    a: { title: 'Hello {{name}}', many_one: '{{count}} thing', many_other: '{{count}} things' },
  });

  it('know each language’s plural forms from Intl.PluralRules', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('ja')).toEqual(['other']);
    expect(pluralCategories('id')).toEqual(['other']);
    expect(pluralCategories('fil')).toEqual(['one', 'other']);
    expect(pluralCategories('fr')).toEqual(['one', 'many', 'other']);
    expect([...expectedKeys(en, 'ja')].sort()).toEqual(['a.many_other', 'a.title']);
  });

  it('accept a complete, correct translation', () => {
    const ja = flat({ a: { title: 'こんにちは {{name}}', many_other: '{{count}} 件' } });
    expect(compareCatalog('ja', en, ja)).toEqual([]);
  });

  it('report missing, extra, empty, untranslated and misplaced-placeholder strings', () => {
    const fr = flat({
      a: {
        title: 'Bonjour {{nom}}',
        many_one: '{{count}} chose',
        many_other: '',
        stray: 'x',
      },
    });
    const problems = compareCatalog('fr', en, fr).map((p) => `${p.kind} ${p.key}`);
    expect(problems.sort()).toEqual(
      ['missing a.many_many', 'placeholders a.title', 'empty a.many_other', 'extra a.stray'].sort(),
    );
    const copied = compareCatalog('de', en, flat({ a: { title: 'Hello {{name}}' } }));
    expect(copied.map((p) => p.kind)).toContain('untranslated');
    expect(
      compareCatalog('de', en, flat({ a: { title: 'Hello {{name}}' } }), {
        sameAsEnglish: new Set(['a.title']),
      }).map((p) => p.kind),
    ).not.toContain('untranslated');
  });

  it('do not call a string made only of placeholders untranslated, and allow a plural by its base', () => {
    const english = flat({
      a: { pair: '{{from}} → {{to}}', min_one: '{{count}} min', min_other: '{{count}} min' },
    });
    const fr = flat({
      a: { pair: '{{from}} → {{to}}', min_one: '{{count}} min', min_other: '{{count}} min' },
    });
    expect(compareCatalog('fr', english, fr, { sameAsEnglish: new Set(['a.min']) })).toEqual([
      { language: 'fr', key: 'a.min_many', kind: 'missing' },
    ]);
  });

  it('reject a Japanese _one form, which i18next never looks up', () => {
    const ja = flat({
      a: { title: 'やあ {{name}}', many_one: '{{count}} 件', many_other: '{{count}} 件' },
    });
    expect(compareCatalog('ja', en, ja)).toEqual([
      { language: 'ja', key: 'a.many_one', kind: 'extra' },
    ]);
  });

  it('read placeholder names with formats and spaces', () => {
    expect(placeholders('{{ count }} of {{total, number}} by {{count}}')).toEqual([
      'count',
      'total',
    ]);
  });

  it('find keys used literally, through a plural base, or through a documented pattern', () => {
    const sources = [
      { path: 'a.tsx', text: "t('a.title'); const s = ` (${t(`a.${kind}.x`)})`; // don't 'b.c'" },
      { path: 'b.ts', text: 'const KEY = "a.many";' },
    ];
    const report = keyUsage(
      ['a.title', 'a.many_one', 'a.many_other', 'a.y.x', 'a.unused', 'b.c'],
      sources,
      [
        { pattern: 'a.*.x', why: 'test' },
        { pattern: 'gone.*', why: 'no longer built' },
      ],
    );
    expect(report).toEqual({ unused: ['a.unused'], stalePatterns: ['gone.*'] });
  });
});

describe('the English catalog', () => {
  it('is assembled from parts that never define the same section', () => {
    // The roster's sections are split by key between the roster's English and the later part.
    const { rosterLater, ...whole } = englishParts;
    const sections = Object.values(whole).flatMap((part) => Object.keys(part));
    expect(sections.filter((section, i) => sections.indexOf(section) !== i)).toEqual([]);
    expect(Object.keys(rosterLater).filter((section) => !(section in whole.app))).toEqual([]);
  });

  it('splits the roster sections by key: the two parts never define the same key', () => {
    const first = flattenCatalog(englishParts.app as unknown as Catalog);
    const later = [...flattenCatalog(englishParts.rosterLater as unknown as Catalog).keys()];
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((key) => first.has(key))).toEqual([]);
  });

  it('has both English forms of every plural', () => {
    expect(incompletePlurals(englishKeys)).toEqual([]);
  });

  it('has no empty string', () => {
    expect([...englishKeys].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual(
      [],
    );
  });

  it('has no key the product never uses', () => {
    const { unused } = keyUsage(englishKeys.keys(), productSources(), DYNAMIC_KEY_PATTERNS);
    expect(unused).toEqual([]);
  });

  it('documents only dynamic key patterns the product still builds', () => {
    const { stalePatterns } = keyUsage([], productSources(), DYNAMIC_KEY_PATTERNS);
    expect(stalePatterns).toEqual([]);
  });
});

describe.each(translated)('the %s catalog', (language) => {
  const catalog = catalogs[`./locales/${language}.json`]?.default;

  it('exists', () => {
    expect(catalog).toBeDefined();
  });

  it('translates every English key, in this language’s plural forms, with English’s placeholders', () => {
    const problems = compareCatalog(language, englishKeys, flattenCatalog(catalog ?? {}), {
      sameAsEnglish: SAME_AS_ENGLISH[language],
    }).map((p) => `${p.kind}: ${p.key}${p.detail ? ` (${p.detail})` : ''}`);
    expect(problems).toEqual([]);
  });

  it('uses Zoom’s own word for every Zoom term, as its glossary says', () => {
    const glossary = glossaries[`./glossary/${language}.json`]?.default;
    expect(glossary?.language).toBe(language);
    // Every entry says where Zoom's word was checked, or that it could not be.
    for (const term of glossary?.terms ?? []) expect(term.checked.trim()).not.toBe('');
    const problems = glossaryProblems(englishKeys, flattenCatalog(catalog ?? {}), glossary!);
    expect(problems).toEqual([]);
  });

  it('keeps the toolbar labels within their length budgets (320 px panel)', () => {
    expect(overBudget(flattenCatalog(catalog ?? {}), LENGTH_BUDGETS)).toEqual([]);
  });
});

describe('the glossary and length checks themselves', () => {
  const en = flattenCatalog({ a: { host: 'Ask the host', other: 'Nothing here' } });
  const glossary: Glossary = {
    language: 'fr',
    terms: [
      {
        term: 'host',
        english: '\\bhost\\b',
        englishFlags: 'i',
        zoom: 'hôte',
        require: 'hôte',
        avoid: 'animat',
        checked: 'test',
        except: [],
      },
    ],
  };

  it('flag a missing Zoom word and a ruled-out one, only where English uses the term', () => {
    const wrong = flattenCatalog({ a: { host: 'Demandez à l’animateur', other: 'animateur' } });
    expect(glossaryProblems(en, wrong, glossary)).toHaveLength(2);
    const right = flattenCatalog({ a: { host: 'Demandez à l’hôte', other: 'animateur' } });
    expect(glossaryProblems(en, right, glossary)).toEqual([]);
  });

  it('count a wide character twice', () => {
    expect(displayWidth('Lock now')).toBe(8);
    expect(displayWidth('今すぐロック')).toBe(12);
    expect(overBudget(flattenCatalog({ a: { b: '12345' } }), { 'a.b': 4 })).toHaveLength(1);
  });
});

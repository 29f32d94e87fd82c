/*
 * Pure checks behind catalogs.test.ts: a translation catalog against English, and English against
 * the source code that uses it. Kept apart from the test so that the checks themselves are tested
 * on small catalogs that are wrong on purpose.
 */

export interface Catalog {
  [key: string]: string | Catalog;
}

/** i18next's plural suffixes, in CLDR order. */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = new RegExp(`_(${PLURAL_CATEGORIES.join('|')})$`);

/** Every string in a nested catalog by its dotted key ("roster.role.host"). */
export function flattenCatalog(catalog: Catalog, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [name, value] of Object.entries(catalog)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') flat.set(key, value);
    else for (const [k, v] of flattenCatalog(value, key)) flat.set(k, v);
  }
  return flat;
}

/** "a.b_one" → { base: "a.b", category: "one" }; null for a key without a plural suffix. */
export function pluralForm(key: string): { base: string; category: string } | null {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: key.slice(0, match.index), category: match[1]! } : null;
}

/** The plural forms i18next looks up for a language (it asks Intl.PluralRules, as this does). */
export function pluralCategories(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return PLURAL_CATEGORIES.filter((c) => categories.includes(c));
}

/** The interpolation names in a string: "{{count}} of {{total, number}}" → ["count", "total"]. */
export function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^\s,}]+)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

export type ProblemKind = 'missing' | 'extra' | 'empty' | 'placeholders' | 'untranslated';

export interface CatalogProblem {
  language: string;
  key: string;
  kind: ProblemKind;
  detail?: string;
}

export interface CompareOptions {
  /** Keys whose translation may equal the English text (brand names, words borrowed as they are). */
  sameAsEnglish?: ReadonlySet<string>;
}

/**
 * The keys a language must have: English's plain keys as they are, and for every English plural
 * group the forms this language's plural rules use (ja: only _other; fr, es: _one, _many, _other).
 */
export function expectedKeys(english: ReadonlyMap<string, string>, language: string): Set<string> {
  const expected = new Set<string>();
  const categories = pluralCategories(language);
  for (const key of english.keys()) {
    const plural = pluralForm(key);
    if (!plural) expected.add(key);
    else for (const category of categories) expected.add(`${plural.base}_${category}`);
  }
  return expected;
}

/** The English text a translated key is measured against: the same form, else English's _other. */
function englishFor(english: ReadonlyMap<string, string>, key: string): string | undefined {
  const direct = english.get(key);
  if (direct !== undefined) return direct;
  const plural = pluralForm(key);
  return plural ? english.get(`${plural.base}_other`) : undefined;
}

/** Everything wrong with one language's catalog, compared with English. */
export function compareCatalog(
  language: string,
  english: ReadonlyMap<string, string>,
  catalog: ReadonlyMap<string, string>,
  options: CompareOptions = {},
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const expected = expectedKeys(english, language);
  for (const key of expected) {
    if (!catalog.has(key)) problems.push({ language, key, kind: 'missing' });
  }
  for (const [key, text] of catalog) {
    if (!expected.has(key)) {
      problems.push({ language, key, kind: 'extra' });
      continue;
    }
    const reference = englishFor(english, key) ?? '';
    if (text.trim() === '') {
      problems.push({ language, key, kind: 'empty' });
      continue;
    }
    const want = placeholders(reference).join(',');
    const got = placeholders(text).join(',');
    if (want !== got)
      problems.push({
        language,
        key,
        kind: 'placeholders',
        detail: `{${got}} but English has {${want}}`,
      });
    // A copy of the English text, unless it is a word that stays as it is in this language.
    const words = text.replace(/\{\{[^}]*\}\}/g, '');
    const allowed = options.sameAsEnglish;
    const base = pluralForm(key)?.base;
    if (
      text === reference &&
      /\p{L}{2,}/u.test(words) &&
      !allowed?.has(key) &&
      !(base !== undefined && allowed?.has(base))
    )
      problems.push({ language, key, kind: 'untranslated', detail: text });
  }
  return problems;
}

/** English plural groups that lack one of English's own forms (a `_one` without its `_other`). */
export function incompletePlurals(english: ReadonlyMap<string, string>): string[] {
  const expected = expectedKeys(english, 'en');
  return [...expected].filter((key) => !english.has(key)).sort();
}

export interface SourceFile {
  path: string;
  text: string;
}

/**
 * A key made at run time: `pattern` has `*` for one dotted segment ("errors.*" for
 * t(`errors.${kind}`)); `why` says where the key is built, for the next reader.
 */
export interface DynamicKeyPattern {
  pattern: string;
  why: string;
}

const KEY_TEXT = /^[A-Za-z][\w-]*(?:\.[\w-]+)+$/;
const PATTERN_TEXT = /^[A-Za-z*][\w*-]*(?:\.[\w*-]+)+$/;
const INTERPOLATION = '\\$\\{[^}`]*\\}';
const TEMPLATE_KEY = new RegExp(
  `\`((?:[A-Za-z][\\w-]*|${INTERPOLATION})(?:\\.(?:[\\w-]*${INTERPOLATION}[\\w-]*|[\\w-]+))+)\``,
  'g',
);

/** Every quoted string in the sources that could be an i18n key ('a.b', "a.b-c", `a.b`). */
export function literalKeys(sources: readonly SourceFile[]): Set<string> {
  const found = new Set<string>();
  for (const { text } of sources) {
    for (const match of text.matchAll(/(['"`])([^'"`\s]+)\1/g)) {
      const value = match[2]!;
      if (KEY_TEXT.test(value)) found.add(value);
    }
  }
  return found;
}

/** Template literals shaped like keys, with each `${…}` as `*`: `errors.${kind}` → "errors.*". */
export function templateKeyPatterns(sources: readonly SourceFile[]): Set<string> {
  const found = new Set<string>();
  for (const { text } of sources) {
    // Only a template made of dotted segments: this also finds one nested in another template.
    for (const match of text.matchAll(TEMPLATE_KEY)) {
      if (!match[1]!.includes('${')) continue;
      const pattern = match[1]!.replace(/\$\{[^}]*\}/g, '*');
      if (PATTERN_TEXT.test(pattern)) found.add(pattern);
    }
  }
  return found;
}

function patternMatches(pattern: string, key: string): boolean {
  const parts = pattern.split('.');
  const segments = key.split('.');
  if (parts.length !== segments.length) return false;
  return parts.every((part, i) => {
    if (!part.includes('*')) return part === segments[i];
    const regex = new RegExp(`^${part.split('*').map(escapeRegExp).join('[^.]+')}$`);
    return regex.test(segments[i]!);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface UsageReport {
  /** English keys no source mentions, whole or through a documented pattern. */
  unused: string[];
  /** Documented patterns no template literal in the sources builds any more. */
  stalePatterns: string[];
}

/** Which English keys the source code never uses (plural forms count through their base key). */
export function keyUsage(
  englishKeys: Iterable<string>,
  sources: readonly SourceFile[],
  dynamic: readonly DynamicKeyPattern[],
): UsageReport {
  const literals = literalKeys(sources);
  const templates = templateKeyPatterns(sources);
  const live = dynamic.filter((d) => templates.has(d.pattern));
  const unused = [...englishKeys].filter((key) => {
    const base = pluralForm(key)?.base ?? key;
    if (literals.has(base) || literals.has(key)) return false;
    return !live.some((d) => patternMatches(d.pattern, base));
  });
  const stalePatterns = dynamic.filter((d) => !templates.has(d.pattern)).map((d) => d.pattern);
  return { unused: unused.sort(), stalePatterns };
}

/** One entry of a language's Zoom glossary (`glossary/<language>.json`). */
export interface GlossaryTerm {
  term: string;
  /** Which English strings use the term (a regular expression, with `englishFlags`). */
  english: string;
  englishFlags: string;
  /** Zoom's own word in this language, as its interface and help write it. */
  zoom: string;
  /** The translation of such a string must match this (case-insensitive)… */
  require?: string;
  /** …and must not match this (case-sensitive). */
  avoid?: string;
  /** Where Zoom's word was checked, or why it could not be. */
  checked: string;
  /** Keys the term is deliberately not enforced on (plural forms by their base). */
  except: string[];
}

export interface Glossary {
  language: string;
  terms: GlossaryTerm[];
}

/**
 * Translations that miss Zoom's word for a term their English uses, or use a word the glossary
 * rules out ("animateur" where Zoom's French says "hôte"). English is matched per key, plural
 * forms by their base, so every form of a translated plural is checked.
 */
export function glossaryProblems(
  english: ReadonlyMap<string, string>,
  translated: ReadonlyMap<string, string>,
  glossary: Glossary,
): string[] {
  const englishByBase = new Map<string, string[]>();
  for (const [key, text] of english) {
    const base = pluralForm(key)?.base ?? key;
    englishByBase.set(base, [...(englishByBase.get(base) ?? []), text]);
  }
  const problems: string[] = [];
  for (const term of glossary.terms) {
    const uses = new RegExp(term.english, `${term.englishFlags}u`);
    const required = term.require ? new RegExp(term.require, 'iu') : null;
    const avoided = term.avoid ? new RegExp(term.avoid, 'u') : null;
    for (const [key, text] of translated) {
      const base = pluralForm(key)?.base ?? key;
      if (term.except.includes(base)) continue;
      if (!(englishByBase.get(base) ?? []).some((source) => uses.test(source))) continue;
      if (required && !required.test(text))
        problems.push(`${term.term}: ${key} lacks Zoom's "${term.zoom}" (${text})`);
      if (avoided?.test(text)) problems.push(`${term.term}: ${key} uses "${term.avoid}" (${text})`);
    }
  }
  return problems;
}

/**
 * How wide a label renders, in units of a Latin letter: East Asian wide and full-width
 * characters count two (a Japanese label of 8 characters is as wide as 16 Latin letters).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Labels wider than their budget, as "key: width > budget (text)". */
export function overBudget(
  catalog: ReadonlyMap<string, string>,
  budgets: Readonly<Record<string, number>>,
): string[] {
  return Object.entries(budgets).flatMap(([key, budget]) => {
    const forms = [...catalog].filter(([k]) => k === key || pluralForm(k)?.base === key);
    return forms
      .filter(([, text]) => displayWidth(text) > budget)
      .map(([k, text]) => `${k}: ${displayWidth(text)} > ${budget} (${text})`);
  });
}

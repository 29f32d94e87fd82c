import strings from './en-strings.json';
import type { UnsupportedHint } from './sniff';
import type { RollImportError, RollMessage } from './types';
import { MAX_ROLL_BYTES, MAX_ROLL_ROWS } from './types';

/** A kind of file that is not a roll, named in the `unsupported-format` message. */
export type UnreadableFormat = keyof typeof strings.rollImport.format;

/** Names the source in a message: the file name, or null for a pasted list. */
export type SourceLabel = string | null;

export function sourceLabel(fileName: string | null): SourceLabel {
  return fileName;
}

/**
 * The panel shows the pasted list under the name the host gave it; English messages (the CLI)
 * call it this.
 */
const PASTED = 'the pasted list';

type Params = Readonly<Record<string, string | number>>;

function lookup(key: string): string | undefined {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A message in English, from the same strings the panel translates: `{{name}}` placeholders,
 * `_one`/`_other` by `count`, and `format`/`hint` codes expanded to their English text.
 */
export function englishRollMessage(message: RollMessage): string {
  const { params } = message;
  const count = params.count;
  const template =
    (typeof count === 'number'
      ? lookup(`${message.key}_${count === 1 ? 'one' : 'other'}`)
      : undefined) ??
    lookup(message.key) ??
    message.key;
  // A pasted list has no file name to quote: "The pasted list is empty", not "“” is empty".
  const source = params.name === '' ? template.replaceAll('“{{name}}”', PASTED) : template;
  const text = source.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => {
    const value = params[name];
    if (name === 'format' && typeof value === 'string')
      return lookup(`rollImport.format.${value}`) ?? value;
    return typeof value === 'number' ? value.toLocaleString('en') : (value ?? '');
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function error(
  code: RollImportError['code'],
  key: string,
  params: Params,
  details?: RollImportError['details'],
  hint?: UnsupportedHint,
): RollImportError {
  const text: RollMessage = { key: `rollImport.error.${key}`, params };
  const hintText: RollMessage | undefined = hint
    ? { key: `rollImport.hint.${hint}`, params: {} }
    : undefined;
  const message = hintText
    ? `${englishRollMessage(text)} ${englishRollMessage(hintText)}`
    : englishRollMessage(text);
  return {
    code,
    message,
    text,
    ...(hintText ? { hint: hintText } : {}),
    ...(details ? { details } : {}),
  };
}

/** `name` is '' for a pasted list: the panel shows the list's own name there. */
const named = (source: SourceLabel): { name: string } => ({ name: source ?? '' });

export const rollErrors = {
  empty: (source: SourceLabel): RollImportError => error('empty', 'empty', named(source)),
  tooLarge: (source: SourceLabel, size: number): RollImportError =>
    error(
      'too-large',
      'tooLarge',
      { ...named(source), size: megabytes(size), limit: megabytes(MAX_ROLL_BYTES) },
      { limit: MAX_ROLL_BYTES, actual: size },
    ),
  tooLargeUnpacked: (source: SourceLabel, size: number, limit: number): RollImportError =>
    error(
      'too-large',
      'tooLargeUnpacked',
      { ...named(source), size: megabytes(size), limit: megabytes(limit) },
      { limit, actual: size },
    ),
  tooManyRows: (source: SourceLabel, rows: number): RollImportError =>
    error(
      'too-many-rows',
      'tooManyRows',
      { ...named(source), rows, limit: MAX_ROLL_ROWS },
      { limit: MAX_ROLL_ROWS, actual: rows },
    ),
  binary: (source: SourceLabel): RollImportError => error('binary', 'binary', named(source)),
  unsupported: (
    source: SourceLabel,
    format: UnreadableFormat,
    hint: UnsupportedHint,
  ): RollImportError =>
    error('unsupported-format', 'unsupported', { ...named(source), format }, { format }, hint),
  invalidXlsx: (source: SourceLabel): RollImportError =>
    error('invalid-xlsx', 'invalidXlsx', named(source)),
  unclosedQuote: (source: SourceLabel, row: number): RollImportError =>
    error('malformed-text', 'unclosedQuote', { ...named(source), row }, { row }),
  noNameColumn: (source: SourceLabel, hasEmails: boolean): RollImportError =>
    error('no-name-column', hasEmails ? 'noNameColumnEmails' : 'noNameColumn', named(source)),
  noRows: (source: SourceLabel): RollImportError => error('no-rows', 'noRows', named(source)),
  noNames: (source: SourceLabel, header: string): RollImportError =>
    header
      ? error('no-names', 'noNamesInColumn', { ...named(source), column: header })
      : error('no-names', 'noNames', named(source)),
  invalidColumns: (columnCount: number): RollImportError =>
    error('invalid-columns', 'invalidColumns', { count: columnCount }, { actual: columnCount }),
  internal: (source: SourceLabel): RollImportError => error('internal', 'internal', named(source)),
  timeout: (source: SourceLabel, seconds: number): RollImportError =>
    error('timeout', 'timeout', { ...named(source), seconds }),
};

/** The import warnings, as data the panel translates (with an English `message` for the CLI). */
export const rollWarnings = {
  idColumnIgnored: (count: number) => warning('id-column-ignored', 'idColumnIgnored', count),
  excludedByStatus: (count: number) => warning('excluded-by-status', 'excludedByStatus', count),
  invalidEmails: (count: number) => warning('invalid-emails', 'invalidEmails', count),
};

function warning<C extends string>(code: C, key: string, count: number) {
  const text: RollMessage = { key: `rollImport.warning.${key}`, params: { count } };
  return { code, count, text, message: englishRollMessage(text) };
}

import rollImport from '../domain/roll/en-strings.json';
import app from './locales/en.json';
import type { LateEnglish } from './late-english';

/*
 * The English catalog is assembled from files that each own different top-level sections
 * (catalogs.test.ts fails if they ever overlap): the app's own (locales/en.json, where features add
 * their strings) and the roll importer's messages (domain/roll/en-strings.json) are bundled.
 * Sections only a lazily loaded view shows come with that view (late-english.ts: the checklist's
 * and the opening message's), so they do not weigh on the first paint. Every other language is one file, locales/<code>.json, holding all.
 */

/** Every English key, bundled or late: what `t()` is type-checked against. */
export type EnglishCatalog = typeof app & typeof rollImport & LateEnglish;

/** The English bundled with the panel: the fallback for every key shown before any view loads. */
export const english = { ...app, ...rollImport };

/** The bundled parts English is assembled from, for the test that they never overlap. */
export const englishParts = { app, rollImport } as const;

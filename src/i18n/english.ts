import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';
import app from './locales/en.json';

/*
 * The English catalog is assembled from three files: the app's own (locales/en.json, where features
 * add their strings), the roll importer's messages (domain/roll/en-strings.json) and the checklist's (written beside its pure logic, which emits the keys, and
 * tested there). Each owns different top-level sections; catalogs.test.ts fails if they ever overlap.
 * Every other language is one file, locales/<code>.json, holding both.
 */

export type EnglishCatalog = typeof app & typeof checklist & typeof rollImport;

/** The complete English catalog: the fallback for every key, and the reference for every language. */
export const english: EnglishCatalog = { ...app, ...checklist, ...rollImport };

/** The parts English is assembled from, for the test that they never overlap. */
export const englishParts = { app, checklist, rollImport } as const;

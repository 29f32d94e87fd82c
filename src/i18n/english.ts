import openingMessage from '../domain/chat/en-strings.json';
import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';
import app from './locales/en.json';

/*
 * The English catalog is assembled from four files: the app's own (locales/en.json, where features
 * add their strings), the roll importer's messages (domain/roll/en-strings.json), the checklist's
 * and the opening message's (domain/checklist/, domain/chat/: written beside the pure logic that
 * emits the keys, and tested there). Each owns different top-level sections; catalogs.test.ts fails if they ever overlap.
 * Every other language is one file, locales/<code>.json, holding both.
 */

export type EnglishCatalog = typeof app &
  typeof checklist &
  typeof rollImport &
  typeof openingMessage;

/** The complete English catalog: the fallback for every key, and the reference for every language. */
export const english: EnglishCatalog = { ...app, ...checklist, ...rollImport, ...openingMessage };

/** The parts English is assembled from, for the test that they never overlap. */
export const englishParts = { app, checklist, rollImport, openingMessage } as const;

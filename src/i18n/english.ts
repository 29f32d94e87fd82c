import openingMessage from '../domain/chat/en-strings.json';
import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';
import app from './locales/en.json';
import opening from './late/opening.en.json';
import rosterLater from './late/roster-later.en.json';
import views from './late/views.en.json';

/*
 * The English catalog is assembled from files that each own different top-level sections
 * (catalogs.test.ts fails if they ever overlap): the app's own (locales/en.json, where features
 * add their strings), the roll importer's messages (domain/roll/en-strings.json), the checklist's
 * and the opening message's lines (written beside the pure logic that emits the keys, and tested
 * there), the opening message's editor (late/opening.en.json), and the words of the views and
 * dialogs that open after the first paint: Attendance, exports, the checklist, saved rolls,
 * erasure, the roll call, the More panel's registrations, the Settings tab's preferences
 * (late/views.en.json). The sections the roster uses only in part (roll, actions, lock, identity)
 * keep there what the first paint shows and have the rest in late/roster-later.en.json (the words
 * of their dialogs, the Roll view, the More panel, the rows' matches): those two parts share
 * sections but never a key. All but the app's own load after the first paint (english-later.ts).
 * Every other language is one file, locales/<code>.json.
 */

type Tree = { readonly [key: string]: string | Tree };

/** Two parts of one section as one: they split its keys, sub-sections included (roll.import). */
function mergeSections<A extends Tree, B extends Tree>(first: A, later: B): A & B {
  const merged: Record<string, string | Tree> = { ...first };
  for (const [key, value] of Object.entries(later)) {
    const mine = merged[key];
    merged[key] =
      typeof mine === 'object' && typeof value === 'object' ? mergeSections(mine, value) : value;
  }
  return merged as A & B;
}

export type EnglishCatalog = typeof app &
  typeof checklist &
  typeof rollImport &
  typeof openingMessage &
  typeof opening &
  typeof views &
  typeof rosterLater;

/** The complete English catalog: the fallback for every key, and the reference for every language. */
export const english: EnglishCatalog = {
  ...app,
  ...checklist,
  ...rollImport,
  ...openingMessage,
  ...opening,
  ...views,
  roll: mergeSections(app.roll, rosterLater.roll),
  actions: mergeSections(app.actions, rosterLater.actions),
  lock: mergeSections(app.lock, rosterLater.lock),
  identity: mergeSections(app.identity, rosterLater.identity),
};

/** The parts English is assembled from, for the test that they never overlap. */
export const englishParts = {
  app,
  checklist,
  rollImport,
  openingMessage,
  opening,
  views,
  rosterLater,
} as const;

import openingMessage from '../domain/chat/en-strings.json';
import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';
import opening from './late/opening.en.json';
import rosterLater from './late/roster-later.en.json';
import views from './late/views.en.json';

/**
 * The English the roster never shows: the checklist's, the roll importer's and the opening
 * message's words, those of the Attendance tab, its exports, the checklist view, saved rolls
 * and erasure, and the later keys of the roster's own sections (roll, actions, lock, identity,
 * rollCall: the Roll view, the importer's preview, the roll call's list, the person, rename, bulk,
 * flagged-admit, auto-lock and verify-e-mails dialogs).
 * The live panel fetches them right after its first paint (`later-strings.ts`), with the views and
 * dialogs that use them; `addResourceBundle` merges those sections deeply into the roster's.
 */
export const englishLater = {
  ...checklist,
  ...rollImport,
  ...openingMessage,
  ...opening,
  ...views,
  ...rosterLater,
};

import openingMessage from '../domain/chat/en-strings.json';
import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';
import opening from './late/opening.en.json';
import views from './late/views.en.json';

/**
 * The English the roster never shows: the checklist's, the roll importer's and the opening
 * message's words, and those of the Attendance tab, its exports, the checklist view, saved rolls
 * and erasure. The live panel fetches them right after its first paint (`later-strings.ts`),
 * with the views and dialogs that use them.
 */
export const englishLater = {
  ...checklist,
  ...rollImport,
  ...openingMessage,
  ...opening,
  ...views,
};

import openingMessage from '../domain/chat/en-strings.json';
import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';
import opening from './late/opening.en.json';

/**
 * The English the roster never shows: the checklist's, the roll importer's and the opening
 * message's words. The live panel fetches them right after its first paint (`later-strings.ts`),
 * with the views and dialogs that use them.
 */
export const englishLater = { ...checklist, ...rollImport, ...openingMessage, ...opening };

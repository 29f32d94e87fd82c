import checklist from '../domain/checklist/en-strings.json';
import rollImport from '../domain/roll/en-strings.json';

/**
 * The English the roster never shows: the checklist's and the roll importer's words. The live
 * panel fetches them right after its first paint (`later-strings.ts`), with the views and dialogs
 * that use them.
 */
export const englishLater = { ...checklist, ...rollImport };

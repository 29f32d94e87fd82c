/*
 * The one rule for a host's own opening message, apart from the text builder so that storage and
 * the store (loaded before the first paint) do not carry the builder and its strings' keys.
 */

/** The longest opening message the host may save: short enough to read out, one chat message. */
export const OPENING_MESSAGE_MAX_LENGTH = 1000;

/** Why a host's text cannot be saved as the opening message, or null when it can. */
export type OpeningTextProblem =
  { kind: 'empty' } | { kind: 'tooLong'; length: number; max: number };

/** Checks a host's edited opening message before it is saved (the text itself is never changed). */
export function checkOpeningText(text: string): OpeningTextProblem | null {
  if (text.trim() === '') return { kind: 'empty' };
  const length = [...text].length;
  if (length > OPENING_MESSAGE_MAX_LENGTH)
    return { kind: 'tooLong', length, max: OPENING_MESSAGE_MAX_LENGTH };
  return null;
}

/*
 * No shared src/domain/privacy module existed when this was written; fold this into it if one lands.
 * Display names are attacker-controlled and often auto-filled from an account, so they leak
 * e-mail addresses ("jane.doe@gmail.com") and, for dial-in callers, phone numbers. NFKC folds
 * full-width forms ("ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ", "＋４４") to ASCII, and invisible characters are dropped
 * so that "jane\u200B@gmail.com" still counts as an address.
 */

export type ContactKind = 'email' | 'phone';

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const EMAIL =
  /[\p{L}\p{N}._%+'-]+\s*@\s*[\p{L}\p{N}-]+(?:\s*\.\s*[\p{L}\p{N}-]+)*\s*\.\s*\p{L}{2,}/u;
// People dodge address scrapers with "jane at gmail dot com" or "jane(at)gmail.com".
const SPELLED_EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:[([{]\s*at\s*[)\]}]|\sat\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|[([{]\s*dot\s*[)\]}]|\sdot\s)\s*[\p{L}\p{N}-]+)+/iu;
// A run of digits with the separators people type between groups; an optional leading "+".
const DIGIT_RUN = /\+?\d[\d\s\-.()/]*\d/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const MIN_PHONE_DIGITS = 7;

function clean(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '');
}

function hasPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const run = match[0].trim();
    if (ISO_DATE.test(run)) continue;
    const digits = run.replace(/\D/gu, '').length;
    if (digits >= MIN_PHONE_DIGITS) return true;
  }
  return false;
}

/** The kinds of contact detail a display name exposes (e-mail first), empty when none. */
export function findExposedContacts(screenName: string): ContactKind[] {
  const text = clean(screenName);
  const kinds: ContactKind[] = [];
  if (EMAIL.test(text) || SPELLED_EMAIL.test(text)) kinds.push('email');
  if (hasPhoneNumber(text)) kinds.push('phone');
  return kinds;
}

const PARENTHETICAL = /[([{][^)\]}]*[)\]}]/gu;
const INITIAL = /^\p{L}\.?$/u;

/**
 * Whether a display name already follows the privacy-name norm of anonymous groups: a first name
 * or a role alone, or first names ending on an initial ("Jane D.", "Mary Ann D."). Parenthesised notes such as
 * pronouns are ignored. A name exposing an e-mail or phone number is never private.
 */
export function isPrivacyName(screenName: string): boolean {
  if (findExposedContacts(screenName).length > 0) return false;
  const tokens = clean(screenName)
    .replace(PARENTHETICAL, ' ')
    .split(/\s+/u)
    .filter((token) => token.length > 0);
  const last = tokens.at(-1);
  // Ending on an initial allows double first names ("Mary Ann D."), which no surname rule could.
  return tokens.length <= 1 || (last !== undefined && INITIAL.test(last));
}

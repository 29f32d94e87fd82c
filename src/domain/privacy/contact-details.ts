/*
 * Display names are often filled in from an account and leak an e-mail address or, for dial-in
 * callers, a phone number. Matching runs on the original string (so spans can be redacted in
 * place) with full-width forms ("＠", "１２３"), other digit scripts and invisible characters allowed
 * inside, because "jane\u200B@gmail.com" leaks as much as "jane@gmail.com".
 */

export type ContactKind = 'email' | 'phone';

export interface ContactDetail {
  kind: ContactKind;
  /** The exposed text, exactly as it appears in the name. */
  text: string;
  start: number;
  end: number;
}

const WORD = String.raw`[\p{L}\p{N}\p{M}\p{Cf}_%+'-]`;
const LABEL = String.raw`[\p{L}\p{N}\p{M}\p{Cf}-]+`;
const DOT = String.raw`(?:[.．。]|[([{]\s?dot\s?[)\]}]|\sdot\s)`;
const AT = String.raw`(?:[@＠]|[([{]\s?at\s?[)\]}]|\sat\s)`;
// Spaces around "@" and "." are allowed: people dodge address scrapers with "jane @ gmail . com".
const EMAIL = new RegExp(
  String.raw`${WORD}+(?:\.${WORD}+)*[ \t]?${AT}[ \t]?${LABEL}(?:[ \t]?${DOT}[ \t]?${LABEL})+`,
  'giu',
);
// Digits with the separators people type between groups; "*" and "•" stand for digits Zoom masks.
const DIGIT_RUN = /[+＋]?[\p{Nd}*•](?:[\p{Nd}*•\p{Cf}]|[\s\-.()/](?=[\s\-.()/]*[\p{Nd}*•]))*/gu;
const ISO_DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const MIN_PHONE_DIGITS = 7;
const MIN_UNMASKED_DIGITS = 4;

function isEmail(text: string): boolean {
  // The last label must look like a top-level domain, so "v1.2@3.4" is not an address.
  const parts = text.split(/[.．。]|[([{]\s?dot\s?[)\]}]|\sdot\s/iu);
  return /^\p{L}{2,}$/u.test((parts.at(-1) ?? '').replace(/\p{Cf}/gu, '').trim());
}

function isPhone(text: string): boolean {
  const trimmed = text.trim();
  if (ISO_DATE.test(trimmed)) return false;
  const digits = (trimmed.match(/\p{Nd}/gu) ?? []).length;
  const masked = (trimmed.match(/[*•]/gu) ?? []).length;
  return digits >= MIN_UNMASKED_DIGITS && digits + masked >= MIN_PHONE_DIGITS;
}

/** Every e-mail address and phone number a display name exposes, in order of appearance. */
export function findContactDetails(name: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  for (const match of name.matchAll(EMAIL)) {
    if (isEmail(match[0]))
      found.push({
        kind: 'email',
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
      });
  }
  const inEmail = (index: number) =>
    found.some((detail) => index >= detail.start && index < detail.end);
  for (const match of name.matchAll(DIGIT_RUN)) {
    const text = match[0].replace(/[\s\-.()/]+$/u, '');
    if (!inEmail(match.index) && isPhone(text))
      found.push({ kind: 'phone', text, start: match.index, end: match.index + text.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a found detail identifies nobody: a phone number with more digits masked than shown. */
export function isMostlyMasked(detail: ContactDetail): boolean {
  if (detail.kind !== 'phone') return false;
  const shown = (detail.text.match(/\p{Nd}/gu) ?? []).length;
  return shown <= (detail.text.match(/[*•]/gu) ?? []).length;
}

/**
 * Whether the name shows an e-mail address or a phone number. A mostly masked number ("+1
 * ***-***-0100", the form Zoom gives dial-in callers) is still redacted but exposes nobody.
 */
export function exposesContactDetails(name: string): boolean {
  return findContactDetails(name).some((detail) => !isMostlyMasked(detail));
}

/** The name with every exposed contact detail replaced by `mask`. */
export function redactContactDetails(name: string, mask = '…'): string {
  let out = '';
  let from = 0;
  for (const detail of findContactDetails(name)) {
    out += name.slice(from, detail.start) + mask;
    from = detail.end;
  }
  return out + name.slice(from);
}

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

const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Cf}_%+'-]/u;
const LABEL = String.raw`[\p{L}\p{N}\p{M}\p{Cf}-]+`;
const DOT = String.raw`(?:[.．。]|[([{]\s?dot\s?[)\]}]|\sdot\s)`;
const AT = /[@＠]|[([{]\s?at\s?[)\]}]|\sat\s/giu;
// Spaces around "@" and "." are allowed: people dodge address scrapers with "jane @ gmail . com".
// The domain is read from just after the "@", anchored (sticky), so each "@" costs one pass over
// its own domain; the local part is read backwards by hand. A single regex starting with the
// local part would retry every position of a long word run: quadratic on a 10,000-letter name.
const DOMAIN = new RegExp(String.raw`[ \t]?${LABEL}(?:[ \t]?${DOT}[ \t]?${LABEL})+`, 'iuy');
// Digits with the separators people type between groups; "*" and "•" stand for digits Zoom masks.
// A run of separators counts only when a digit follows it, and never ends a match (no lookahead
// rescanning the separators: linear).
const DIGIT_RUN = /[+＋]?[\p{Nd}*•](?:[\p{Nd}*•\p{Cf}]|[\s\-.()/]+[\p{Nd}*•])*/gu;
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

/** Where the local part before an "@" at `end` starts: word runs joined by single dots. */
function localPartStart(name: string, end: number, floor: number): number {
  let start = end;
  while (start > floor) {
    const before = name[start - 1]!;
    if (WORD_CHAR.test(before)) start -= 1;
    else if (
      before === '.' &&
      start - 2 >= floor &&
      start < end &&
      WORD_CHAR.test(name[start - 2]!)
    )
      start -= 1;
    else break;
  }
  return start;
}

function findEmails(name: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  let floor = 0;
  for (const at of name.matchAll(AT)) {
    if (at.index < floor) continue;
    let end = at.index;
    if (end > floor && (name[end - 1] === ' ' || name[end - 1] === '\t')) end -= 1;
    const start = localPartStart(name, end, floor);
    if (start === end) continue;
    DOMAIN.lastIndex = at.index + at[0].length;
    const domain = DOMAIN.exec(name);
    if (!domain) continue;
    const text = name.slice(start, DOMAIN.lastIndex);
    if (!isEmail(text)) continue;
    found.push({ kind: 'email', text, start, end: DOMAIN.lastIndex });
    floor = DOMAIN.lastIndex;
  }
  return found;
}

/** Every e-mail address and phone number a display name exposes, in order of appearance. */
export function findContactDetails(name: string): ContactDetail[] {
  const emails = findEmails(name);
  const found = [...emails];
  // Both lists come in order of position: one pointer walks the e-mails (no search per number).
  let next = 0;
  for (const match of name.matchAll(DIGIT_RUN)) {
    while (next < emails.length && emails[next]!.end <= match.index) next += 1;
    const inEmail = next < emails.length && emails[next]!.start <= match.index;
    if (!inEmail && isPhone(match[0]))
      found.push({
        kind: 'phone',
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
      });
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

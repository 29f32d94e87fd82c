// Spreadsheet readers pass zero-width and bidi characters straight through; roll names are
// cleaned the same way display names will be, so an invisible character in the file can never
// make two spellings of one person look different (or one spoof look like a roll name).
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const SPACES = /\s+/gu;
const LATIN_MARKS = /[\u0300-\u036f]/g;

// Printable ASCII words separated by single spaces: already clean (most cells of most rolls).
const ALREADY_CLEAN = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/** A cell as a person would read it: invisible characters removed, spaces collapsed, NFC. */
export function cleanCell(value: string): string {
  if (ALREADY_CLEAN.test(value)) return value;
  return value
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .normalize('NFC')
    .replace(SPACES, ' ')
    .trim();
}

/** The key two rows must share to be the same person: case, accents and spacing folded. */
export function foldName(value: string): string {
  // Only the Latin combining marks go: stripping all marks would merge kana such as か/が.
  return cleanCell(value).normalize('NFKD').replace(LATIN_MARKS, '').toLowerCase().normalize('NFC');
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

/** The e-mail address in a cell, or undefined when the cell does not hold exactly one. */
export function cleanEmail(value: string): string | undefined {
  const cell = cleanCell(value).replace(/^mailto:/i, '');
  return EMAIL.test(cell) ? cell : undefined;
}

/** Cuts a preview cell so one huge field cannot swamp the panel. */
export function previewCell(value: string, max = 200): string {
  const cell = cleanCell(value);
  return cell.length > max ? `${cell.slice(0, max - 1)}…` : cell;
}

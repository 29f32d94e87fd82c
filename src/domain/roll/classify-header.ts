import type { HeaderRole } from './header-synonyms';
import {
  EMAIL_WORDS,
  EXACT_HEADERS,
  FIRST_WORDS,
  GROUP_WORDS,
  ID_WORDS,
  LAST_WORDS,
  MIDDLE_WORDS,
  NAME_WORDS,
  NOT_THE_PERSON,
  ORIGINAL_NAME_WORDS,
  PERSON_TABLE_HEADERS,
  THE_PERSON,
  TIME_WORDS,
} from './header-synonyms';

export interface HeaderClass {
  role: HeaderRole;
  /** 3: an exact synonym; 2: clear from its words; 1: a guess. */
  strength: 1 | 2 | 3;
  /** Zoom's "Name (Original Name)": values read "Current (Original)". */
  originalName: boolean;
  /** A column only per-person tables have (join time, registration time…). */
  personTable: boolean;
}

const EXACT = new Map<string, HeaderRole>();
for (const [role, headers] of Object.entries(EXACT_HEADERS) as [HeaderRole, readonly string[]][]) {
  for (const header of headers) EXACT.set(header, role);
}

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|「[^」]*」/g;

/** Header text in comparable form: NFKC, lower case, Latin accents dropped, punctuation as spaces. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** What a header cell names, or null when it is not a header Doorkeeper knows. */
export function classifyHeader(header: string): HeaderClass | null {
  const full = normaliseHeader(header);
  if (!full) return null;
  const widened = header.normalize('NFKC');
  const bracketed = (widened.match(BRACKETED) ?? []).join(' ');
  const bare = normaliseHeader(widened.replace(BRACKETED, ' '));
  const originalName = ORIGINAL_NAME_WORDS.some((word) =>
    normaliseHeader(bracketed).includes(word),
  );
  const personTable = PERSON_TABLE_HEADERS.has(full) || originalName;

  const exact = EXACT.get(full) ?? (bare ? EXACT.get(bare) : undefined);
  if (exact) {
    const role = originalName && exact === 'nameish' ? 'name' : exact;
    return { role, strength: 3, originalName: originalName && isNameRole(role), personTable };
  }
  const guess = guessFromWords(bare || full) ?? guessJapanese(full);
  return guess ? { ...guess, originalName: false, personTable } : null;
}

function isNameRole(role: HeaderRole): boolean {
  return role === 'name' || role === 'nameish';
}

type Guess = Pick<HeaderClass, 'role' | 'strength'>;

function guessFromWords(text: string): Guess | null {
  const words = new Set(text.split(' '));
  const has = (set: ReadonlySet<string>): boolean => [...words].some((word) => set.has(word));
  if (has(NOT_THE_PERSON)) return { role: has(GROUP_WORDS) ? 'group' : 'other', strength: 1 };
  if (has(EMAIL_WORDS)) return { role: 'email', strength: 2 };
  if (has(TIME_WORDS)) return { role: 'other', strength: 1 };
  const first = has(FIRST_WORDS);
  const last = has(LAST_WORDS);
  if (first && last) return { role: 'name', strength: 2 };
  if (first) return { role: 'first', strength: 2 };
  if (last) return { role: 'last', strength: 2 };
  if (has(MIDDLE_WORDS)) return { role: 'middle', strength: 2 };
  if (has(ID_WORDS) && (has(THE_PERSON) || words.size <= 2)) return { role: 'id', strength: 2 };
  if (has(GROUP_WORDS)) return { role: 'group', strength: 1 };
  if (has(NAME_WORDS))
    return { role: 'name', strength: has(THE_PERSON) || words.size <= 2 ? 2 : 1 };
  if (has(THE_PERSON) && words.size <= 3) return { role: 'name', strength: 1 };
  return null;
}

function guessJapanese(text: string): Guess | null {
  if (/フリガナ|ふりがな|よみがな|カナ|かな|ローマ字/u.test(text))
    return { role: 'other', strength: 1 };
  if (/メール/u.test(text)) return { role: 'email', strength: 2 };
  if (/電話|日時|時刻|日付/u.test(text)) return { role: 'other', strength: 1 };
  if (/保護者|先生|講師|会社|学校/u.test(text)) return { role: 'other', strength: 1 };
  if (/氏名|名前/u.test(text)) return { role: 'name', strength: 2 };
  if (/番号|ID/iu.test(text)) return { role: 'id', strength: 2 };
  if (/グループ|クラス|所属|組|班/u.test(text)) return { role: 'group', strength: 1 };
  return null;
}

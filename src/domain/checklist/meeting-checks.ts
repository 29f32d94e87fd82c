import { versionAtLeast } from '../meeting/client-version';
import { foldText } from '../text/fold';
import type { MeetingOccurrence } from './types';

/*
 * Cheap live checks on what Zoom tells an app about the meeting itself (issue 15): a topic that
 * reveals a sensitive matter, a join link carrying the passcode, a client too old for the features
 * Doorkeeper uses. Pure functions; the checklist turns them into items.
 */

/**
 * Short lists of terms that reveal why people meet, per UI language (matched in every language:
 * a German host may name an English group). Whole words after folding case and accents; the
 * Japanese terms are matched as substrings (no spaces between words).
 */
export const SENSITIVE_TERMS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'hiv',
    'aids',
    'sti',
    'sexual health',
    'addiction',
    'alcoholics',
    'narcotics',
    'recovery',
    'rehab',
    'overdose',
    'suicide',
    'self-harm',
    'mental health',
    'abuse',
    'domestic violence',
    'gambling',
    'therapy',
    'grief',
  ],
  fil: [
    'adiksyon',
    'pang-aabuso',
    'karahasan sa tahanan',
    'pagpapakamatay',
    'kalusugang pangkaisipan',
  ],
  fr: [
    'vih',
    'sida',
    'ist',
    'sante sexuelle',
    'addiction',
    'alcooliques',
    'narcotiques',
    'sevrage',
    'suicide',
    'sante mentale',
    'violences conjugales',
    'therapie',
    'deuil',
  ],
  de: [
    'hiv',
    'aids',
    'sexuelle gesundheit',
    'sucht',
    'alkoholiker',
    'anonyme',
    'entzug',
    'suizid',
    'selbstverletzung',
    'psychische gesundheit',
    'hausliche gewalt',
    'therapie',
    'trauer',
  ],
  id: [
    'hiv',
    'aids',
    'kesehatan seksual',
    'kecanduan',
    'narkoba',
    'rehabilitasi',
    'bunuh diri',
    'kesehatan mental',
    'kekerasan dalam rumah tangga',
    'terapi',
  ],
  ja: [
    'エイズ',
    '性感染症',
    '依存症',
    'アルコール',
    '薬物',
    '自殺',
    '自傷',
    'メンタルヘルス',
    '虐待',
    'dv',
    'ギャンブル',
    'カウンセリング',
  ],
  es: [
    'vih',
    'sida',
    'its',
    'salud sexual',
    'adiccion',
    'alcoholicos',
    'narcoticos',
    'rehabilitacion',
    'suicidio',
    'salud mental',
    'violencia domestica',
    'terapia',
    'duelo',
  ],
};

const ALL_TERMS: readonly string[] = [...new Set(Object.values(SENSITIVE_TERMS).flat())];
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The first sensitive term the topic reveals, as it is written in the list, or null. */
export function sensitiveTopicTerm(topic: string): string | null {
  const folded = ` ${foldText(topic).replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  for (const term of ALL_TERMS) {
    if (SPACELESS.test(term) ? folded.includes(term) : folded.includes(` ${term} `)) return term;
  }
  return null;
}

/** Whether a join link carries the meeting passcode (`pwd=`), so the link alone lets anyone in. */
export function joinUrlCarriesPasscode(joinUrl: string): boolean {
  try {
    return new URL(joinUrl).searchParams.has('pwd');
  } catch {
    return /[?&]pwd=/i.test(joinUrl);
  }
}

/** The oldest client with every API Doorkeeper uses (sendMessageToChat: desktop 6.2.5). */
export const MIN_CLIENT_VERSION = '6.2.5';

/** Whether a client version is too old for every feature in use ('' = not reported: not judged). */
export function clientTooOld(version: string): boolean {
  return version !== '' && !versionAtLeast(version, MIN_CLIENT_VERSION);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The most recent other occurrence of this meeting ID, and how many there were. */
export interface EarlierUse {
  /** When the panel first saw the latest other occurrence (ms since the epoch). */
  lastAt: number;
  /** Whole days from then to `now` (0: earlier today, or less than a day ago). */
  daysAgo: number;
  count: number;
}

/**
 * Whether this meeting ID was seen before for another occurrence (another meeting UUID): a
 * recurring or personal meeting ID used again for a new event lets in anyone who kept an old
 * link. Null when it was seen in this occurrence only.
 */
export function earlierUse(
  history: readonly MeetingOccurrence[],
  meetingUUID: string,
  now: number,
): EarlierUse | null {
  const others = history.filter((occurrence) => occurrence.meetingUUID !== meetingUUID);
  if (others.length === 0) return null;
  const lastAt = Math.max(...others.map((occurrence) => occurrence.firstSeenAt));
  return {
    lastAt,
    daysAgo: Math.max(0, Math.floor((now - lastAt) / DAY_MS)),
    count: others.length,
  };
}

/**
 * Reads a roster for the reconcile command: a JSON array of { participantUUID, screenName } or a
 * Zoom participants report (CSV). Names are kept exactly as written — invisible and bidi
 * characters included — because they are the evidence of impersonation.
 */
import Papa from 'papaparse';
import type { RosterEntry } from '../domain/matching';
import { decodeText } from '../domain/roll/decode-text';

export type RosterResult = { ok: true; roster: RosterEntry[] } | { ok: false; message: string };

const NAME_HEADER =
  /^(?:name(?:\s*\(original name\))?|user name(?:\s*\(original name\))?|participant(?:\s+name)?|display name|screen name)$/iu;
const EMAIL_HEADER = /^(?:user\s+)?e-?mail(?:\s+address)?$/iu;
const JOIN_HEADER = /join/iu;

/** Parses roster bytes; the file name only helps tell JSON from CSV and names the file in messages. */
export function readRoster(bytes: Uint8Array, fileName: string): RosterResult {
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, message: `${fileName}: not a text file` };
  const text = decoded.text.replace(/^\uFEFF/u, '');
  if (/\.json$/iu.test(fileName) || /^\s*\[/u.test(text)) return fromJson(text, fileName);
  return fromCsv(text, fileName);
}

function fromJson(text: string, fileName: string): RosterResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${fileName}: invalid JSON (${(error as Error).message})` };
  }
  if (!Array.isArray(data))
    return { ok: false, message: `${fileName}: expected a JSON array of participants` };
  const roster: RosterEntry[] = [];
  for (const [i, item] of data.entries()) {
    const entry = item as Partial<Record<keyof RosterEntry, unknown>> | null;
    if (
      !entry ||
      typeof entry.participantUUID !== 'string' ||
      typeof entry.screenName !== 'string'
    ) {
      return {
        ok: false,
        message: `${fileName}: item ${i + 1} needs string "participantUUID" and "screenName"`,
      };
    }
    roster.push({
      participantUUID: entry.participantUUID,
      screenName: entry.screenName,
      ...(typeof entry.email === 'string' && entry.email ? { email: entry.email } : {}),
    });
  }
  return { ok: true, roster };
}

function fromCsv(text: string, fileName: string): RosterResult {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  // Zoom's report may open with a table about the meeting (whose "User Name" is the host).
  const headers = rows
    .map((row, index) => ({ row, index, name: row.findIndex((c) => NAME_HEADER.test(c.trim())) }))
    .filter((h) => h.name >= 0);
  const header = headers.find((h) => h.row.some((c) => JOIN_HEADER.test(c))) ?? headers.at(-1);
  if (!header) {
    return {
      ok: false,
      message: `${fileName}: no participant name column (expected "Name (Original Name)" or "Name")`,
    };
  }
  const email = header.row.findIndex((c) => EMAIL_HEADER.test(c.trim()));
  const roster: RosterEntry[] = [];
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (row.every((c) => c.trim() === '')) break;
    const screenName = row[header.name] ?? '';
    if (screenName.trim() === '') continue;
    const address = email >= 0 ? (row[email] ?? '').trim() : '';
    roster.push({
      participantUUID: `row-${i - header.index}`,
      screenName,
      ...(address ? { email: address } : {}),
    });
  }
  if (roster.length === 0)
    return { ok: false, message: `${fileName}: no participants under the header row` };
  return { ok: true, roster };
}

/**
 * Output of the reconcile command: the exact JSON shape, and a readable table. Display names are
 * hostile: in the table every control, format (bidi, zero-width) or separator character is shown
 * as an escape, so a name can neither drive the terminal nor hide what it is.
 */
import { reasonText, type MatchReport, type RollEntry, type RosterEntry } from '../domain/matching';

export interface ReconcileJson {
  participants: Array<{
    participantUUID: string;
    screenName: string;
    rollId: string | null;
    confidence: string;
    flags: string[];
  }>;
  absent: string[];
}

/** The --json output: exactly these keys, participants in roster order, absent ids in roll order. */
export function toJson(
  roll: readonly RollEntry[],
  roster: readonly RosterEntry[],
  report: MatchReport,
): ReconcileJson {
  return {
    participants: report.participants.map((m, i) => ({
      participantUUID: m.participantUUID,
      screenName: roster[i]?.screenName ?? '',
      rollId: m.rollId,
      confidence: m.confidence,
      flags: m.flags,
    })),
    absent: roll.filter((r) => report.rollStatus[r.id] === 'absent').map((r) => r.id),
  };
}

const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/gu;
const WIDE =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const MARK = /\p{M}/u;

/** Text safe for a terminal: unsafe characters become visible escapes (\u{202E}). */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

function width(text: string): number {
  let w = 0;
  for (const c of text) w += MARK.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return w;
}

function fit(text: string, size: number): string {
  let out = '';
  let w = 0;
  for (const c of text) {
    const cw = MARK.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
    if (w + cw > size - 1 && width(text) > size)
      return `${out}…${' '.repeat(Math.max(0, size - w - 1))}`;
    out += c;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, size - w));
}

/** The human output: one row per participant, then who is absent. */
export function toTable(
  roll: readonly RollEntry[],
  roster: readonly RosterEntry[],
  report: MatchReport,
): string {
  const names = new Map(roll.map((r) => [r.id, r.name]));
  const entry = (id: string | null | undefined): string =>
    id ? `${id} ${visible(names.get(id) ?? '')}` : '—';
  const lines = [
    `${fit('#', 4)}${fit('Participant', 32)}${fit('Roll entry', 30)}${fit('Confidence', 11)}${fit('Flags', 18)}Why`,
  ];
  report.participants.forEach((m, i) => {
    const shown = m.rollId
      ? entry(m.rollId)
      : m.candidates?.length
        ? `(${entry(m.candidates[0])}?)`
        : '—';
    const extra = m.extraRollIds?.length ? ` +${m.extraRollIds.length}` : '';
    lines.push(
      fit(String(i + 1), 4) +
        fit(visible(roster[i]?.screenName ?? ''), 32) +
        fit(shown + extra, 30) +
        fit(m.confidence, 11) +
        fit(m.flags.join(','), 18) +
        visible(m.reasons.map(reasonText).join('; ')),
    );
  });
  const count = (c: string): number =>
    report.participants.filter((m) => m.confidence === c && m.rollId).length;
  const present = roll.filter((r) => report.rollStatus[r.id] === 'present').length;
  const flagged = report.participants.filter((m) => m.flags.some((f) => f !== 'manual')).length;
  lines.push(
    '',
    `Present: ${present} of ${roll.length} · sure ${count('sure')} · likely ${count('likely')} · flagged ${flagged}`,
  );
  const absent = roll.filter((r) => report.rollStatus[r.id] === 'absent');
  lines.push(
    `Absent (${absent.length})${absent.length ? `: ${absent.map((r) => entry(r.id)).join(', ')}` : ''}`,
  );
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

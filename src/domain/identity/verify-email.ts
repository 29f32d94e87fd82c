import type { MatchReason } from '../matching/reasons';
import type { MatchReport, ParticipantMatch, RollEntry } from '../matching/types';
import type { EmailAnswer, IdentityVerdict, LoggedVerdict } from './types';

/**
 * One spelling of an address for comparing: trimmed, NFC, lower case. Zoom's addresses are
 * account logins, which Zoom treats case-insensitively; rolls are typed by hand in any case.
 */
export function normaliseEmail(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/**
 * Zoom does not document its `errorMessage` texts. Anything that speaks of signing in, guests or
 * verification means Zoom has no verified address; anything else is read as a refusal. Both are
 * shown plainly and neither is held against the person, so a wrong guess costs nothing.
 */
export function classifyEmailError(errorMessage: string): 'declined' | 'not-signed-in' {
  return /sign|log(?:ged)?[\s_-]?(?:in|out)|guest|unauth|not\s*verif|unverif|anonymous/i.test(
    errorMessage,
  )
    ? 'not-signed-in'
    : 'declined';
}

/** The roll entry a name claims: the one it holds, else the one it imitates or duplicates. */
function claimedEntries(match: ParticipantMatch | undefined): string[] {
  if (!match) return [];
  if (match.rollId !== null) return [match.rollId, ...(match.extraRollIds ?? [])];
  const imitates = match.flags.includes('impostor') || match.flags.includes('duplicate');
  const first = match.candidates?.[0];
  return imitates && first !== undefined ? [first] : [];
}

/**
 * Judges one participant's answer against the roll. `match` is their name match (undefined when
 * there is none); `entries` is the roll. The address is used for this comparison only.
 */
export function judgeEmail(
  answer: EmailAnswer,
  match: ParticipantMatch | undefined,
  entries: readonly RollEntry[],
): IdentityVerdict {
  if (answer.kind === 'no-answer') return { kind: 'unchecked', reason: 'no-answer' };
  if (answer.kind === 'error')
    return { kind: 'unchecked', reason: classifyEmailError(answer.errorMessage) };
  const address = normaliseEmail(answer.email);
  const owners = entries
    .filter((entry) => entry.email !== undefined && normaliseEmail(entry.email) === address)
    .map((entry) => entry.id);
  const claimed = claimedEntries(match);
  const own = claimed.find((id) => owners.includes(id));
  if (own !== undefined) return { kind: 'verified', rollId: own, linked: match?.rollId === null };
  const claimedId = claimed[0];
  if (claimedId !== undefined) {
    const rollHasEmail = entries.some(
      (entry) =>
        claimed.includes(entry.id) && entry.email !== undefined && entry.email.trim() !== '',
    );
    // With no e-mail on the roll for the claimed entry, "nobody's address" proves nothing.
    if (owners.length === 0 && !rollHasEmail) return { kind: 'unchecked', reason: 'no-roll-email' };
    return { kind: 'mismatch', claimedRollId: claimedId, otherRollId: owners[0] ?? null };
  }
  if (owners.length === 1) return { kind: 'verified', rollId: owners[0] as string, linked: true };
  return { kind: 'unchecked', reason: owners.length === 0 ? 'not-on-roll' : 'shared-email' };
}

/** The word the attendance log keeps for a verdict. */
export function loggedVerdict(verdict: IdentityVerdict): LoggedVerdict {
  if (verdict.kind !== 'unchecked') return verdict.kind;
  switch (verdict.reason) {
    case 'declined':
    case 'not-signed-in':
    case 'no-answer':
      return verdict.reason;
    default:
      return 'unchecked';
  }
}

/**
 * A name match with its e-mail verdict applied: a link by verified address holds its entry
 * (sure); a mismatch loses the entry its name claimed and is flagged as an impostor; anything
 * unchecked leaves the match as it was.
 */
export function applyVerdict(
  match: ParticipantMatch,
  verdict: IdentityVerdict | undefined,
): ParticipantMatch {
  if (!verdict || verdict.kind === 'unchecked') return match;
  if (verdict.kind === 'verified') {
    if (!verdict.linked) return match;
    return {
      participantUUID: match.participantUUID,
      rollId: verdict.rollId,
      confidence: 'sure',
      reasons: [...match.reasons, { code: 'zoom-email' }],
      flags: match.flags.filter((flag) => flag === 'manual'),
    };
  }
  const reason: MatchReason = {
    code: verdict.otherRollId === null ? 'verified-email-unknown' : 'verified-email-other',
  };
  return {
    participantUUID: match.participantUUID,
    rollId: null,
    confidence: 'none',
    reasons: [...match.reasons, reason],
    flags: [
      ...new Set([...match.flags.filter((flag) => flag !== 'duplicate'), 'impostor' as const]),
    ],
    candidates: [verdict.claimedRollId],
  };
}

/**
 * The matcher's report with verdicts applied (see `applyVerdict`), claims and roll status kept in
 * step. Returns the same report when no verdict changes anything.
 */
export function applyVerdicts(
  report: MatchReport,
  verdicts: ReadonlyMap<string, IdentityVerdict>,
): MatchReport {
  let changed = false;
  const participants = report.participants.map((match) => {
    const next = applyVerdict(match, verdicts.get(match.participantUUID));
    if (next !== match) changed = true;
    return next;
  });
  if (!changed) return report;
  const claims: Record<string, string[]> = {};
  for (const [rollId, holders] of Object.entries(report.claims)) claims[rollId] = [...holders];
  participants.forEach((next, index) => {
    const before = report.participants[index];
    if (!before || next === before) return;
    const uuid = next.participantUUID;
    for (const id of [before.rollId, ...(before.extraRollIds ?? [])]) {
      if (id === null || next.rollId === id) continue;
      const rest = (claims[id] ?? []).filter((holder) => holder !== uuid);
      if (rest.length > 0) claims[id] = rest;
      else delete claims[id];
    }
    if (next.rollId !== null && !(claims[next.rollId] ?? []).includes(uuid))
      claims[next.rollId] = [...(claims[next.rollId] ?? []), uuid];
  });
  const rollStatus: Record<string, 'present' | 'absent'> = {};
  for (const rollId of Object.keys(report.rollStatus))
    rollStatus[rollId] = claims[rollId] ? 'present' : 'absent';
  return { participants, rollStatus, claims };
}

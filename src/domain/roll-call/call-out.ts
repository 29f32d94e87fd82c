import type { ParticipantMatch, RollEntry } from '../matching/types';

export type RollMark = 'present' | 'absent';

/** One line of the call-out list: a roll entry, whether they are here, and the host's mark. */
export interface CallOutLine {
  entry: RollEntry;
  /** People waiting who match this entry with certainty or likely (to admit when they answer). */
  waiting: readonly string[];
  /** Already in the meeting (admitted during the roll call, or a host or co-host). */
  inMeeting: boolean;
  mark: RollMark | null;
}

export interface CallOutPerson {
  participantUUID: string;
  location: 'meeting' | 'waitingRoom';
}

/**
 * The roll call's list, in roll order. Only roll entries appear: people who match no entry stay
 * waiting, never listed for admission, so a stranger cannot be admitted by answering to a name.
 */
export function callOutList(
  entries: readonly RollEntry[],
  people: readonly CallOutPerson[],
  matches: ReadonlyMap<string, ParticipantMatch>,
  marks: Readonly<Record<string, RollMark>>,
): CallOutLine[] {
  const waitingBy = new Map<string, string[]>();
  const inMeeting = new Set<string>();
  for (const person of people) {
    const match = matches.get(person.participantUUID);
    // Impostor-flagged people are never offered: the host can still admit them from the roster.
    if (!match?.rollId || match.flags.includes('impostor')) continue;
    if (person.location === 'meeting') inMeeting.add(match.rollId);
    else
      waitingBy.set(match.rollId, [...(waitingBy.get(match.rollId) ?? []), person.participantUUID]);
  }
  return entries.map((entry) => ({
    entry,
    waiting: waitingBy.get(entry.id) ?? [],
    inMeeting: inMeeting.has(entry.id),
    mark: marks[entry.id] ?? null,
  }));
}

/** Everyone the roll call sends to the waiting room: all in the meeting but hosts, co-hosts and me. */
export function toSendAway(
  people: readonly { participantUUID: string; role: string; location: string }[],
  meUUID: string | null,
): string[] {
  return people
    .filter(
      (p) =>
        p.location === 'meeting' &&
        p.role !== 'host' &&
        p.role !== 'coHost' &&
        p.participantUUID !== meUUID,
    )
    .map((p) => p.participantUUID);
}

/** How many entries were marked present and absent. */
export function rollCallCounts(marks: Readonly<Record<string, RollMark>>): {
  present: number;
  absent: number;
} {
  const values = Object.values(marks);
  return {
    present: values.filter((m) => m === 'present').length,
    absent: values.filter((m) => m === 'absent').length,
  };
}

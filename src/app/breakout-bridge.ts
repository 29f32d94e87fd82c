/**
 * Keeps attendance continuous across breakout rooms. Zoom treats each room as its own meeting: the
 * main session sees a person leave when they go to a room and join again, under new ids, when they
 * come back. While people are moving, a leave from the main session is held back; when the same
 * person (same roll entry, else same name) appears again, their old id's leave is logged at that
 * moment, so the two stays touch and the attendance shows no gap. Leaves still held when the moving
 * ends are real departures (they left from a room): they are logged at the time the person left
 * the main session, which claims no presence we did not see.
 */

export interface AwayEntry {
  participantUUID: string;
  screenName: string;
  rollId: string | null;
  /** Our clock when they left the main session. */
  leftAt: number;
}

export class BreakoutBridge {
  private readonly away = new Map<string, AwayEntry>();

  get size(): number {
    return this.away.size;
  }

  /** Holds back the leave of someone going (presumably) to a breakout room. */
  hold(entry: AwayEntry): void {
    this.away.set(entry.participantUUID, entry);
  }

  /** The held leave of this UUID, taken out (they are going somewhere else: log it now). */
  take(participantUUID: string): AwayEntry | null {
    const entry = this.away.get(participantUUID) ?? null;
    this.away.delete(participantUUID);
    return entry;
  }

  /**
   * Someone arriving in the main session: the held leave they continue, taken out, or null. The
   * same UUID first; then the one held entry with their roll entry; then the one with their name.
   * Two candidates and no way to tell them apart: none (their leaves wait for the end).
   */
  returning(participantUUID: string, screenName: string, rollId: string | null): AwayEntry | null {
    const same = this.take(participantUUID);
    if (same) return same;
    const pick = (matches: (entry: AwayEntry) => boolean): AwayEntry | null => {
      const found = [...this.away.values()].filter(matches);
      if (found.length !== 1) return null;
      this.away.delete(found[0]!.participantUUID);
      return found[0]!;
    };
    return (
      (rollId !== null ? pick((entry) => entry.rollId === rollId) : null) ??
      (screenName !== '' ? pick((entry) => entry.screenName === screenName) : null)
    );
  }

  /** "Forget this person": their held-back leaves go unlogged (the erasure would remove them). */
  forget(participantUUIDs: ReadonlySet<string>): void {
    for (const uuid of participantUUIDs) this.away.delete(uuid);
  }

  /** Everyone still held: the moving is over and they did not come back. */
  flush(): AwayEntry[] {
    const all = [...this.away.values()];
    this.away.clear();
    return all;
  }
}

import type { RosterCounts, RosterParticipant, RosterState, Tombstone } from './types';

/**
 * Copy-on-write working copy of a roster: a whole batch of events or a snapshot is applied to one
 * copy of each map, so a burst of joins costs one O(n) copy per batch rather than one per event,
 * and a batch that changes nothing returns the very same state object.
 */
export class RosterDraft {
  private participants: Map<string, RosterParticipant> | null = null;
  private tombstones: Map<string, Tombstone> | null = null;
  private readonly counts: RosterCounts;

  constructor(private readonly base: RosterState) {
    this.counts = { ...base.counts };
  }

  participant(uuid: string): RosterParticipant | undefined {
    return (this.participants ?? this.base.participants).get(uuid);
  }

  tombstone(uuid: string): Tombstone | undefined {
    return (this.tombstones ?? this.base.tombstones).get(uuid);
  }

  allParticipants(): ReadonlyMap<string, RosterParticipant> {
    return this.participants ?? this.base.participants;
  }

  allTombstones(): ReadonlyMap<string, Tombstone> {
    return this.tombstones ?? this.base.tombstones;
  }

  putParticipant(next: RosterParticipant): void {
    const map = (this.participants ??= new Map(this.base.participants));
    const previous = map.get(next.participantUUID);
    if (previous) this.counts[previous.location] -= 1;
    this.counts[next.location] += 1;
    map.set(next.participantUUID, next);
  }

  deleteParticipant(uuid: string): void {
    const map = (this.participants ??= new Map(this.base.participants));
    const previous = map.get(uuid);
    if (!previous) return;
    this.counts[previous.location] -= 1;
    map.delete(uuid);
  }

  putTombstone(next: Tombstone): void {
    (this.tombstones ??= new Map(this.base.tombstones)).set(next.participantUUID, next);
  }

  deleteTombstone(uuid: string): void {
    if (!this.allTombstones().has(uuid)) return;
    (this.tombstones ??= new Map(this.base.tombstones)).delete(uuid);
  }

  finish(): RosterState {
    if (!this.participants && !this.tombstones) return this.base;
    return {
      participants: this.participants ?? this.base.participants,
      tombstones: this.tombstones ?? this.base.tombstones,
      counts: this.counts,
    };
  }
}

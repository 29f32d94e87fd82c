import { left, person as rosterPerson, waiting } from '../../../test/helpers/roster-builders';
import type { ParticipantMatch } from '../matching/types';
import { applyEvents, emptyRoster, reconcile } from '../meeting/roster';
import { rememberRoster, restoreRosterMemory } from '../meeting/roster-memory';
import type { RosterEvent, RosterIdentity, RosterState } from '../meeting/types';
import { settleAction } from './enforce';
import { createLockState, lockHeadline, restoreLockState, withRosterMemory } from './lock-state';
import { facts } from './test-fixtures';
import { lockNow, tick } from './tick';
import type { ActionOutcome, LockEffect, LockResult, LockSettings, ParticipantRole } from './types';

/*
 * Test harness: the real roster reducer and the real lock policy together, as the panel runs them.
 * Zoom's events reach the roster in batches, the lock looks after each batch and on a timer, and
 * a snapshot heals the roster whenever it comes (late on a loaded machine). Zoom answers each
 * put-back and admit the lock asks for at once; the events of the move follow later.
 */

export const T0 = Date.parse('2025-01-15T18:00:00Z');
/** Zoom stamps events in whole seconds. */
export const SECOND = Math.floor(T0 / 1000) * 1000;

/** The roster people most of the lock's roster-driven tests use: a host and a roll member. */
export const host = rosterPerson('host', 'Host', 'host');
export const jane = rosterPerson('jane', 'Jane Doe');

export interface TestMeetingOptions {
  settings?: Partial<LockSettings>;
  matches?: ParticipantMatch[];
  /**
   * Zoom reports a put-back that worked at once (her "left", then her waiting-room arrival,
   * stamped after every event before). Without it the test sends those events itself, or none.
   */
  reportsPutBacks?: boolean;
}

export class TestMeeting {
  roster: RosterState;
  result: LockResult;
  now = T0;
  /** Everything the lock asked for, in order, from the moment it was turned on. */
  readonly effects: LockEffect[] = [];
  /** Every headline the lock gave after a look. */
  readonly headlines = new Set<string>();
  /** How many of the lock's next put-backs Zoom refuses with a transient error. */
  failNext = 0;
  /** Zoom is slow: the lock's calls go out, their answers do not come (see `answerHeld`). */
  holdAnswers = false;
  /** The calls whose answers `holdAnswers` kept back, in order. */
  readonly unanswered: LockEffect[] = [];
  /** My role in the meeting (the lock pauses unless host or co-host). */
  myRole: ParticipantRole = 'host';
  /** Zoom's time of the newest event delivered. */
  private lastStamp = SECOND;

  /** The meeting as Zoom reported it before the lock (each event received when stamped), locked at T0. */
  constructor(
    start: readonly RosterEvent[],
    private readonly options: TestMeetingOptions = {},
  ) {
    this.roster = applyEvents(
      emptyRoster(),
      start.map((event) => ({ event, receivedAt: event.at })),
    );
    this.result = lockNow(createLockState(options.settings), T0, this.facts());
    this.answer();
  }

  private facts() {
    // As the panel's store builds them: the roster's tombstones are the departures.
    return facts([...this.roster.participants.values()], this.options.matches, {
      myRole: this.myRole,
      departures: [...this.roster.tombstones.values()],
    });
  }

  /** Whom the lock put back, once a put-back. */
  get putBacks(): string[] {
    return this.effects.flatMap((e) => (e.kind === 'putInWaitingRoom' ? [e.participantUUID] : []));
  }

  /** Whom the lock admitted, once an admit. */
  get admits(): string[] {
    return this.effects.flatMap((e) => (e.kind === 'admit' ? [e.participantUUID] : []));
  }

  look(): LockResult {
    this.result = tick(this.result.state, this.now, this.facts());
    this.answer();
    this.headlines.add(lockHeadline(this.result.state, this.result.problems).kind);
    return this.result;
  }

  /** Zoom's events reach the roster and the lock looks. */
  deliver(batch: readonly RosterEvent[]): void {
    this.arrive(batch);
    this.look();
  }

  /** Zoom's events reach the roster; the lock has not looked yet. */
  arrive(batch: readonly RosterEvent[]): void {
    this.now += 60;
    for (const event of batch) this.lastStamp = Math.max(this.lastStamp, event.at);
    this.roster = applyEvents(
      this.roster,
      batch.map((event) => ({ event, receivedAt: this.now })),
    );
  }

  /** The timer's looks, 250 ms apart, for `ms`. */
  wait(ms: number): void {
    const until = this.now + ms;
    while (this.now + 250 <= until) {
      this.now += 250;
      this.look();
    }
  }

  snapshot(meeting: RosterIdentity[], waitingRoom: RosterIdentity[]): void {
    this.now += 100;
    this.roster = reconcile(this.roster, { takenAt: this.now - 50, meeting, waitingRoom });
    this.look();
  }

  /** Zoom answers the calls it kept back: `ok`, or with this error kind. */
  answerHeld(errorKind?: string): void {
    for (const effect of this.unanswered.splice(0)) {
      if (effect.kind !== 'putInWaitingRoom' && effect.kind !== 'admit') continue;
      const { participantUUID } = effect;
      const outcome: ActionOutcome = errorKind
        ? { action: effect.kind, participantUUID, ok: false, errorKind }
        : { action: effect.kind, participantUUID, ok: true };
      this.now += 20;
      this.result = { ...this.result, state: settleAction(this.result.state, outcome, this.now) };
    }
    this.look();
  }

  /**
   * The panel reloads `gapMs` after now, as the store does it: the lock's saved state comes back
   * as JSON with the roster's memory (answers to calls in flight are lost), and the roster starts
   * again from a snapshot of who is there, then takes that memory back.
   */
  reload(
    gapMs = 1_000,
    { snapshot = true, version = 3 }: { snapshot?: boolean; version?: 2 | 3 } = {},
  ): void {
    const memory = rememberRoster(this.roster, this.now, `page ${this.now}`);
    // Version 2, as the panel before this one saved it: the lock state alone.
    const saved: unknown = JSON.parse(
      JSON.stringify(
        version === 3
          ? withRosterMemory(this.result.state, memory)
          : { ...this.result.state, version: 2 },
      ),
    );
    const meeting: RosterIdentity[] = [];
    const waitingRoom: RosterIdentity[] = [];
    for (const p of this.roster.participants.values()) {
      const who = { participantUUID: p.participantUUID, screenName: p.screenName, role: p.role };
      (p.location === 'meeting' ? meeting : waitingRoom).push(who);
    }
    this.now += gapMs;
    this.unanswered.length = 0;
    // No snapshot: my role is attendee's, and Zoom lists nobody to an attendee.
    this.roster = snapshot
      ? reconcile(emptyRoster(), { takenAt: this.now, meeting, waitingRoom })
      : emptyRoster();
    const { roster: restored, ...state } = restoreLockState(saved);
    if (restored) this.roster = restoreRosterMemory(this.roster, restored, this.now, 'reloaded');
    this.result = { state, effects: [], held: [], problems: [] };
    this.look();
  }

  where(uuid: string): string {
    return this.roster.participants.get(uuid)?.location ?? 'gone';
  }

  private answer(): void {
    for (const effect of this.result.effects) {
      this.effects.push(effect);
      if (effect.kind !== 'putInWaitingRoom' && effect.kind !== 'admit') continue;
      if (this.holdAnswers) {
        this.unanswered.push(effect);
        continue;
      }
      const failed = effect.kind === 'putInWaitingRoom' && this.failNext > 0;
      if (failed) this.failNext -= 1;
      const { participantUUID } = effect;
      const outcome: ActionOutcome = failed
        ? { action: effect.kind, participantUUID, ok: false, errorKind: 'unknown', transient: true }
        : { action: effect.kind, participantUUID, ok: true };
      this.result = {
        ...this.result,
        state: settleAction(this.result.state, outcome, this.now + 20),
      };
      if (failed || effect.kind !== 'putInWaitingRoom' || !this.options.reportsPutBacks) continue;
      const who = { participantUUID, screenName: effect.screenName, role: 'attendee' } as const;
      const at = this.lastStamp + 1_000;
      this.deliver([left(who, at), waiting(who, at, 'putFromMainMeeting')]);
    }
  }
}

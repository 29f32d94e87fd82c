import type { MatchFlag, ParticipantMatch } from '../../matching/types';
import { isStaff, type Role } from '../../roles';
import { ADMIT_GAP_MS, recordHostDecision, rollIdsOf } from '../decisions';
import { autoAdmissible, settleAction } from '../enforce';
import { gaveUp } from '../retry';
import type { RosterMemory } from '../../meeting/roster-memory';
import {
  clearFailure,
  createLockState,
  lockHeadline,
  restoreLockState,
  withRosterMemory,
} from '../lock-state';
import { lockNow, tick, unlock } from '../tick';
import type {
  ActionOutcome,
  EnforcementProblem,
  LockEffect,
  LockFacts,
  LockParticipant,
  LockState,
} from '../types';

/*
 * A pure model of a Zoom meeting, with a driver that plays the lock controller's part: it feeds the
 * policy what the panel would observe, carries out its effects as Zoom would (late, failing, out of
 * order), and keeps its own record of who may be in the main room — kept apart from the policy's,
 * so the invariants compare the two. Used by the model-based test only.
 */

/** The roll, and what the matcher would say for each display name the model uses. */
const NAMES: Record<
  string,
  { rollId: string | null; confidence: 'sure' | 'likely' | 'none'; flags: MatchFlag[] }
> = {
  'Jane Doe': { rollId: 'R1', confidence: 'sure', flags: [] },
  'Omar Haddad': { rollId: 'R2', confidence: 'sure', flags: [] },
  'Jаne Doe': { rollId: 'R1', confidence: 'sure', flags: ['impostor'] },
  'Omar H.': { rollId: 'R2', confidence: 'likely', flags: [] },
  iPhone: { rollId: 'R2', confidence: 'sure', flags: ['device'] },
  'Gate Crasher': { rollId: null, confidence: 'none', flags: [] },
};
export const MODEL_NAMES = Object.keys(NAMES);
export const TICK_MS = 250;

export interface SimPerson {
  uuid: string;
  name: string;
  role: Role;
  where: 'meeting' | 'waitingRoom' | 'gone';
  formerUUIDs: string[];
  movedFromMeeting: boolean;
  /** Back in the main room by a rejoin, not an admit: the roster tells so from Zoom's clock. */
  rejoined: boolean;
  /** Back in the waiting room by a rejoin (the roster tells so from Zoom's clock). */
  returned: boolean;
  /**
   * Back in the main room by an admit whose events the roster saw (its `fromWaitingRoom`): Zoom's
   * waiting-room leave, then the join. Not when the join was set aside until a snapshot.
   */
  fromWaitingRoom: boolean;
  /** Left from a waiting-room stay a send-back began (Zoom's `putFromMainMeeting`). */
  leftAfterSendBack: boolean;
  /**
   * Looks that do not see this person yet: Zoom reported their last move's "left" first (one
   * look before the rest of the move).
   */
  hiddenLooks: number;
  /**
   * Admitted from Zoom's own panel, and no look has seen them in the main room since: if they
   * leave now, the panel never learnt of the admit, and a rejoin straight in is a new passage.
   */
  unseenAdmit: boolean;
  /** Removed by a host: Zoom does not let them back. */
  banned: boolean;
  /** When they arrived where they are now (the roster's `joinedAt`). */
  joinedAt: number;
  /**
   * Zoom's send-backs of this UUID so far, the lock's and hosts' (the roster's `putBacks`; a reload
   * keeps it, and the departures, in the memory saved with the lock's state).
   */
  putBacks: number;
}

interface Call {
  effect: Extract<LockEffect, { kind: 'putInWaitingRoom' | 'admit' | 'enableWaitingRoom' }>;
}

export type Failure = 'transient' | 'permanent';

/** A breach of one of the invariants, with the step that broke it. */
export class InvariantError extends Error {}

export class MeetingModel {
  people: SimPerson[] = [];
  waitingRoomOn = true;
  myRole: Role = 'host';
  now = Date.parse('2025-01-15T18:00:00Z');
  state: LockState = createLockState();
  problems: readonly EnforcementProblem[] = [];
  latency = false;
  private inFlight: Call[] = [];
  private failures: Failure[] = [];
  private nextId = 1;
  /** The model's own account: who may be in the main room while locked. */
  authorised = new Set<string>();
  /** The latest host decision per UUID, and the roll entries under suspicion. */
  hostDecision = new Map<string, 'admit' | 'sendBack'>();
  revokedRolls = new Set<string>();
  /** Put-backs Zoom refused for good (or after the whole retry budget): the banner must name them. */
  gaveUpOn = new Set<string>();
  readonly log: string[] = [];

  constructor() {
    this.people.push(this.person('Host', 'host', 'meeting'));
  }

  // ---- what the panel observes ------------------------------------------------------------------

  match(person: SimPerson, present: readonly SimPerson[]): ParticipantMatch | null {
    const known = NAMES[person.name];
    if (!known || known.rollId === null) return null;
    // A second claimant of one entry is a duplicate, as the matcher would flag it.
    const earlier = present.find(
      (other) =>
        other !== person &&
        NAMES[other.name]?.rollId === known.rollId &&
        present.indexOf(other) < present.indexOf(person),
    );
    const flags: MatchFlag[] = earlier ? [...known.flags, 'duplicate'] : known.flags;
    return {
      participantUUID: person.uuid,
      rollId: known.rollId,
      confidence: known.confidence,
      reasons: [],
      flags,
    };
  }

  present(): SimPerson[] {
    return this.people.filter((p) => p.where !== 'gone');
  }

  facts(): LockFacts {
    const visible = this.present().filter((p) => p.hiddenLooks === 0);
    const participants: LockParticipant[] = visible.map((p) => ({
      participantUUID: p.uuid,
      screenName: p.name,
      role: p.role,
      location: p.where as 'meeting' | 'waitingRoom',
      formerUUIDs: p.formerUUIDs,
      joinedAt: p.joinedAt,
      ...(p.where === 'waitingRoom' && p.movedFromMeeting ? { movedFromMeeting: true } : {}),
      ...(p.where === 'meeting' && p.rejoined ? { rejoined: true } : {}),
      ...(p.where === 'meeting' && p.fromWaitingRoom ? { fromWaitingRoom: true } : {}),
      // The roster's `rejoinedAfterSendBack`: a rejoin straight in after leaving such a stay.
      ...(p.where === 'meeting' && p.rejoined && p.leftAfterSendBack
        ? { rejoinedAfterSendBack: true }
        : {}),
      // The roster's `returnedAfterSendBack`: the same, back through the waiting room.
      ...(p.where === 'waitingRoom' && p.returned && p.leftAfterSendBack && !p.movedFromMeeting
        ? { returnedAfterSendBack: true }
        : {}),
      ...(p.putBacks > 0 ? { putBacks: p.putBacks } : {}),
    }));
    // The roster's tombstones: whoever left, with Zoom's count of their send-backs. (Someone a
    // look does not see yet left one place a moment ago; their tombstone's count is the old one,
    // which tells the lock nothing, so they are left out.)
    const departures = this.people
      .filter((p) => p.where === 'gone')
      .map((p) => ({ participantUUID: p.uuid, putBacks: p.putBacks }));
    const matches = visible.flatMap((p) => this.match(p, visible) ?? []);
    return {
      myRole: this.myRole,
      participants,
      matches,
      waitingRoomEnabled: this.waitingRoomOn,
      rollIds: ['R1', 'R2'],
      departures,
    };
  }

  // ---- the people and the hosts in Zoom -------------------------------------------------------

  private person(name: string, role: Role, where: SimPerson['where']): SimPerson {
    return {
      uuid: `u${this.nextId++}`,
      name,
      role,
      where,
      formerUUIDs: [],
      movedFromMeeting: false,
      rejoined: false,
      returned: false,
      fromWaitingRoom: false,
      leftAfterSendBack: false,
      hiddenLooks: 0,
      unseenAdmit: false,
      banned: false,
      joinedAt: this.now,
      putBacks: 0,
    };
  }

  /** Zoom's events reach the panel a moment after the tick that caused them. */
  later(): void {
    this.now += 1;
  }

  join(name: string, bypass: boolean): void {
    const where = bypass || !this.waitingRoomOn ? 'meeting' : 'waitingRoom';
    this.people.push(this.person(name, 'attendee', where));
  }

  /** Someone who left comes back under the same UUID (never someone Zoom removed). */
  rejoin(index: number, bypass: boolean): void {
    const gone = this.people.filter((p) => p.where === 'gone' && !p.banned && !isStaff(p.role));
    const who = gone[index % Math.max(1, gone.length)];
    if (!who) return;
    // Connecting again takes a client a few seconds: a rejoin is never as quick as an admit.
    this.step(Math.max(0, who.joinedAt + ADMIT_GAP_MS + 1 - this.now));
    who.where = bypass || !this.waitingRoomOn ? 'meeting' : 'waitingRoom';
    who.movedFromMeeting = false;
    who.rejoined = who.where === 'meeting';
    who.returned = who.where === 'waitingRoom';
    who.fromWaitingRoom = false;
    who.joinedAt = this.now;
  }

  leave(index: number): void {
    const who = this.pick(
      this.present().filter((p) => p.role !== 'host'),
      index,
    );
    if (who) {
      who.leftAfterSendBack = who.where === 'waitingRoom' && who.movedFromMeeting;
      who.where = 'gone';
      who.hiddenLooks = 0;
      who.fromWaitingRoom = false;
      who.joinedAt = this.now;
      // An admit no look saw (Zoom's panel, then gone before the next look) never reached the
      // lock: to it, a rejoin straight in is someone inside without a decision.
      if (who.unseenAdmit) this.authorised.delete(who.uuid);
      who.unseenAdmit = false;
      // An admit lets someone in once: coming back by a shortcut rejoin is a new passage. (The
      // lock still lets a same-UUID rejoin stay when it saw them inside; it may not have.)
      if (this.hostDecision.get(who.uuid) === 'admit') this.hostDecision.delete(who.uuid);
    }
  }

  rename(index: number, name: string): void {
    const who = this.pick(
      this.present().filter((p) => p.role !== 'host'),
      index,
    );
    if (who) who.name = name;
  }

  /** Zoom gives a new UUID with a role change (co-host ↔ attendee), in the main room. */
  changeRole(index: number): void {
    const who = this.pick(
      this.present().filter(
        (p) => p.where === 'meeting' && p.role !== 'host' && p.hiddenLooks === 0,
      ),
      index,
    );
    if (!who) return;
    const next = this.person(who.name, who.role === 'coHost' ? 'attendee' : 'coHost', 'meeting');
    next.formerUUIDs = [...who.formerUUIDs, who.uuid];
    who.where = 'gone';
    who.banned = true;
    // In their old place: the roster keeps their first arrival across a UUID change, and the
    // earlier of two claimants of one entry keeps it.
    this.people.splice(this.people.indexOf(who) + 1, 0, next);
    // The same person: whatever the model allowed them keeps following them.
    if (this.authorised.has(who.uuid) || isStaff(who.role)) this.authorised.add(next.uuid);
    const decision = this.hostDecision.get(who.uuid);
    if (decision) this.hostDecision.set(next.uuid, decision);
  }

  /** A host or co-host admits from Zoom's own panel (or, with `inPanel`, from Doorkeeper). */
  hostAdmit(index: number, hiddenLooks: number, inPanel: boolean): void {
    const who = this.pick(
      this.present().filter((p) => p.where === 'waitingRoom'),
      index,
    );
    if (!who) return;
    const rollIds = rollIdsOf(this.match(who, this.present()) ?? undefined);
    if (inPanel)
      this.state = recordHostDecision(
        this.state,
        { kind: 'admit', participantUUID: who.uuid, rollIds },
        this.now,
      );
    who.where = 'meeting';
    who.movedFromMeeting = false;
    who.rejoined = false;
    who.returned = false;
    // Seen at once or after one look, by Zoom's events (the roster's `fromWaitingRoom`). An admit
    // the roster sets aside until a snapshot (stamped in the second of a move from the main room)
    // is not modelled: see the README's Tests section for why and for its own tests.
    who.fromWaitingRoom = true;
    who.hiddenLooks = hiddenLooks;
    who.unseenAdmit = !inPanel;
    who.joinedAt = this.now;
    this.authorised.add(who.uuid);
    this.hostDecision.set(who.uuid, 'admit');
    for (const rollId of rollIds) this.revokedRolls.delete(rollId);
  }

  /** A host sends someone back from Zoom's panel (or Doorkeeper's); `remove` takes them out for good. */
  hostSendBack(index: number, leftFirst: boolean, inPanel: boolean, remove: boolean): void {
    const who = this.pick(
      this.present().filter((p) => p.where === 'meeting' && !isStaff(p.role)),
      index,
    );
    if (!who) return;
    // A removal in Zoom's own panel looks like leaving to an app: only Doorkeeper's own is known.
    if (remove && !inPanel) {
      who.where = 'gone';
      who.banned = true;
      this.authorised.delete(who.uuid);
      return;
    }
    const rollIds = rollIdsOf(this.match(who, this.present()) ?? undefined);
    if (inPanel)
      this.state = recordHostDecision(
        this.state,
        { kind: remove ? 'remove' : 'sendBack', participantUUID: who.uuid, rollIds },
        this.now,
      );
    if (remove) {
      who.where = 'gone';
      who.banned = true;
    } else {
      who.where = 'waitingRoom';
      who.movedFromMeeting = true;
      who.putBacks += 1;
      who.rejoined = false;
      who.returned = false;
      who.fromWaitingRoom = false;
      who.hiddenLooks = leftFirst ? 1 : 0;
      who.joinedAt = this.now;
    }
    this.authorised.delete(who.uuid);
    this.hostDecision.set(who.uuid, 'sendBack');
    for (const rollId of rollIds) this.revokedRolls.add(rollId);
  }

  setMyRole(role: Role): void {
    this.myRole = role;
  }

  failNext(kind: Failure, times: number): void {
    for (let i = 0; i < times; i += 1) this.failures.push(kind);
  }

  // ---- the panel --------------------------------------------------------------------------------

  lock(): void {
    const result = lockNow(this.state, this.now, this.facts());
    if (!this.state.locked && result.state.locked) {
      // Present when the lock engaged: may stay, whoever they are. An earlier admit of someone
      // who has left since is spent: coming back straight into the main room needs a new one.
      const inside = this.present().filter((p) => p.where === 'meeting');
      this.authorised = new Set(inside.map((p) => p.uuid));
      for (const [uuid, decision] of this.hostDecision)
        if (decision === 'admit' && !this.authorised.has(uuid)) this.hostDecision.delete(uuid);
      this.gaveUpOn.clear();
    }
    this.apply(result);
  }

  unlock(): void {
    this.apply(unlock(this.state));
  }

  setRollOnly(on: boolean): void {
    this.state = {
      ...this.state,
      settings: { ...this.state.settings, mode: on ? 'rollOnly' : 'all' },
    };
  }

  /**
   * The panel reloads: the saved state comes back as JSON, with the roster's memory (Zoom's
   * send-back counts and the departures, which the roster takes back, so its facts go on as
   * before); answers to calls in flight are lost.
   */
  reload(): void {
    const memory: RosterMemory = {
      savedAt: this.now,
      session: 'before',
      departures: [],
      counts: {},
    };
    for (const p of this.people) {
      if (p.putBacks === 0) continue;
      if (p.where === 'gone')
        memory.departures.push({
          participantUUID: p.uuid,
          role: p.role,
          left: { meeting: { at: this.now, seenAt: this.now } },
          putBacks: p.putBacks,
        });
      else memory.counts[p.uuid] = p.putBacks;
    }
    const saved = JSON.stringify(withRosterMemory(this.state, memory));
    const { roster, ...state } = restoreLockState(JSON.parse(saved) as unknown);
    if (!roster) throw new InvariantError('the roster memory was not restored');
    this.state = state;
    for (const call of this.inFlight.splice(0)) this.execute(call, false);
  }

  /** The host clicks Retry on every breach. */
  retry(): void {
    for (const problem of this.problems) {
      this.state = clearFailure(this.state, problem.participantUUID);
      this.gaveUpOn.delete(problem.participantUUID);
    }
  }

  /** One controller tick, `ms` later. */
  step(ms = TICK_MS): void {
    this.now += ms;
    const facts = this.facts();
    this.acceptRollOnly();
    for (const p of this.people)
      if (p.where === 'meeting' && p.hiddenLooks === 0) p.unseenAdmit = false;
    const result = tick(this.state, this.now, facts);
    this.apply(result);
    for (const p of this.people) p.hiddenLooks = Math.max(0, p.hiddenLooks - 1);
    if (!this.latency) this.deliverAll();
  }

  deliverAll(): void {
    for (const call of this.inFlight.splice(0)) this.execute(call, true);
  }

  /** Ticks until nothing is in flight and no retry is due, within the retry budget and then some. */
  settle(): void {
    // Long enough for the whole retry budget, with room to spare.
    for (let round = 0; round < 160; round += 1) {
      this.deliverAll();
      this.step();
      const busy =
        this.people.some((p) => p.hiddenLooks > 0) ||
        // Roll-only's wait for a move to show is part of settling too.
        this.present().some((p) => p.where === 'meeting' && this.entryInTransit(p)) ||
        this.inFlight.length > 0 ||
        this.problems.some((p) => p.retrying) ||
        Object.values(this.state.failures).some((f) => !gaveUp(f)) ||
        Object.keys(this.state.pending).length > 0;
      if (!busy && round >= 2) return;
    }
  }

  headline() {
    return lockHeadline(this.state, this.problems);
  }

  /** In the main room without the model's leave: not staff, not authorised. */
  intruders(): string[] {
    return this.present()
      .filter((p) => p.where === 'meeting' && !isStaff(p.role) && !this.authorised.has(p.uuid))
      .map((p) => p.uuid);
  }

  // ---- carrying out effects ---------------------------------------------------------------------

  private apply(result: {
    state: LockState;
    effects: LockEffect[];
    problems: readonly EnforcementProblem[];
  }): void {
    this.state = result.state;
    this.problems = result.problems;
    for (const effect of result.effects) {
      if (
        effect.kind === 'putInWaitingRoom' ||
        effect.kind === 'admit' ||
        effect.kind === 'enableWaitingRoom'
      ) {
        this.checkEffect(effect);
        this.inFlight.push({ effect });
      }
    }
  }

  /** Invariants (b) and (c), on every call the policy asks for. */
  private checkEffect(effect: LockEffect): void {
    if (effect.kind === 'putInWaitingRoom') {
      if (this.hostDecision.get(effect.participantUUID) === 'admit')
        throw new InvariantError(`(b) put back ${effect.participantUUID}, whom a host admitted`);
    }
    if (effect.kind === 'admit') {
      const who = this.people.find((p) => p.uuid === effect.participantUUID);
      const match = who ? this.match(who, this.present()) : null;
      if (this.hostDecision.get(effect.participantUUID) === 'sendBack')
        throw new InvariantError(`(b) admitted ${effect.participantUUID}, whom a host sent back`);
      if (this.state.settings.mode !== 'rollOnly')
        throw new InvariantError(`(c) admitted ${effect.participantUUID} outside roll-only mode`);
      if (!autoAdmissible(match ?? undefined))
        throw new InvariantError(
          `(c) admitted ${effect.participantUUID}, not an unflagged sure match`,
        );
      if (rollIdsOf(match ?? undefined).some((id) => this.revokedRolls.has(id)))
        throw new InvariantError(
          `(c) admitted ${effect.participantUUID} on a roll entry a host sent back`,
        );
    }
  }

  private execute(call: Call, answered: boolean): void {
    const outcome = this.perform(call.effect);
    if (answered) this.state = settleAction(this.state, outcome, this.now);
  }

  private perform(effect: Call['effect']): ActionOutcome {
    const failure = this.failures.shift();
    if (effect.kind === 'enableWaitingRoom') {
      if (failure)
        return {
          action: 'enableWaitingRoom',
          ok: false,
          errorKind: 'unknown',
          transient: failure === 'transient',
        };
      this.waitingRoomOn = true;
      return { action: 'enableWaitingRoom', ok: true };
    }
    const uuid = effect.participantUUID;
    const who = this.people.find((p) => p.uuid === uuid && p.where !== 'gone');
    const action = effect.kind;
    if (failure) {
      const transient = failure === 'transient';
      const outcome: ActionOutcome = {
        action,
        participantUUID: uuid,
        ok: false,
        errorKind: transient ? 'unknown' : 'permission',
        transient,
      };
      return outcome;
    }
    if (!who) return { action, participantUUID: uuid, ok: false, errorKind: 'not-found' };
    if (action === 'putInWaitingRoom') {
      if (isStaff(who.role))
        return { action, participantUUID: uuid, ok: false, errorKind: 'cannot-move-host' };
      if (who.where === 'waitingRoom')
        return { action, participantUUID: uuid, ok: false, errorKind: 'already-in-waiting-room' };
      who.where = 'waitingRoom';
      who.movedFromMeeting = true;
      who.putBacks += 1;
      who.rejoined = false;
      who.returned = false;
      who.fromWaitingRoom = false;
      who.joinedAt = this.now;
      return { action, participantUUID: uuid, ok: true };
    }
    if (who.where !== 'waitingRoom')
      return { action, participantUUID: uuid, ok: false, errorKind: 'not-in-waiting-room' };
    who.where = 'meeting';
    who.movedFromMeeting = false;
    who.rejoined = false;
    who.returned = false;
    who.fromWaitingRoom = true;
    who.joinedAt = this.now;
    this.authorised.add(uuid);
    return { action, participantUUID: uuid, ok: true };
  }

  /**
   * Roll-only mode's own admission, as the model sees it: while locked in roll-only mode, an
   * unflagged sure match nobody sent back may be in the main room (and stays, as someone let in).
   */
  private acceptRollOnly(): void {
    if (!this.state.locked || this.state.settings.mode !== 'rollOnly') return;
    const visible = this.present().filter((p) => p.hiddenLooks === 0);
    for (const p of visible) {
      if (p.where !== 'meeting' || this.hostDecision.get(p.uuid) === 'sendBack') continue;
      if (this.entryInTransit(p)) continue;
      const match = this.match(p, visible) ?? undefined;
      if (autoAdmissible(match) && !rollIdsOf(match).some((id) => this.revokedRolls.has(id)))
        this.authorised.add(p.uuid);
    }
  }

  /**
   * Another claimant of their entry is mid-move (a look does not see them yet) or left a moment
   * ago: roll-only waits for the move to show (a host's send-back would revoke the entry).
   */
  private entryInTransit(person: SimPerson): boolean {
    const rollId = NAMES[person.name]?.rollId;
    if (!rollId) return false;
    return this.people.some(
      (other) =>
        other !== person &&
        NAMES[other.name]?.rollId === rollId &&
        (other.hiddenLooks > 0 ||
          (other.where === 'gone' && this.now - other.joinedAt <= ADMIT_GAP_MS + TICK_MS)),
    );
  }

  /** The lock gave up on a put-back: Zoom refused for good, or the retries ran out. */
  noteGiveUps(): void {
    for (const problem of this.problems)
      if (!problem.retrying) this.gaveUpOn.add(problem.participantUUID);
  }

  /**
   * Invariants (a) and (d), once a step has settled, plus roll-only's own admissions: while locked
   * in roll-only mode, an unflagged sure match nobody sent back may be in the main room.
   */
  checkSettled(): void {
    const locked = this.state.locked !== null;
    const able = this.myRole === 'host' || this.myRole === 'coHost';
    this.noteGiveUps();
    const headline = this.headline();
    const intruders = this.intruders();
    if (!locked) {
      if (headline.kind !== 'unlocked')
        throw new InvariantError(`(d) unlocked, yet the headline says ${headline.kind}`);
      return;
    }
    if (!able) {
      if (headline.kind !== 'paused')
        throw new InvariantError(
          `(d) my role is ${this.myRole}, yet the headline says ${headline.kind}`,
        );
      return;
    }
    for (const uuid of intruders)
      if (!this.gaveUpOn.has(uuid))
        throw new InvariantError(`(a) ${uuid} is still in the main room without a host's admit`);
    if (headline.kind === 'locked' && intruders.length > 0)
      throw new InvariantError(
        `(d) the headline says locked while ${intruders.join(', ')} is inside`,
      );
    if (headline.kind === 'breach') {
      for (const problem of headline.problems)
        if (!intruders.includes(problem.participantUUID))
          throw new InvariantError(
            `(d) the headline names ${problem.participantUUID}, who is not an intruder`,
          );
      for (const uuid of intruders)
        if (!headline.problems.some((p) => p.participantUUID === uuid))
          throw new InvariantError(`(d) the headline does not name ${uuid}, who is inside`);
    }
  }

  private pick<T>(list: readonly T[], index: number): T | undefined {
    return list.length === 0 ? undefined : list[index % list.length];
  }
}

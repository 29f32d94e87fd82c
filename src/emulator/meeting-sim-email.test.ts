import { describe, expect, it } from 'vitest';
import { MeetingSim, SUPPORTED_CAPABILITIES } from './meeting-sim';
import type { SimEvent } from './meeting-sim';
import { callSim as call, simSetup } from './testing/sim-support';

const SETUP = simSetup();

/** A sim whose delayed work waits in `timers` until the test runs it. */
function make(clientVersion?: string) {
  const timers: { callback: () => void; ms: number }[] = [];
  const sim = new MeetingSim(SETUP, {
    seed: 3,
    now: () => 1_750_000_000_000,
    schedule: (callback, ms) => timers.push({ callback, ms }),
    ...(clientVersion ? { clientVersion } : {}),
  });
  const events: SimEvent[] = [];
  sim.onEvent((event) => events.push(event));
  const config = call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
  return { sim, events, timers, config };
}

const emailEvents = (events: SimEvent[]) => events.filter((e) => e.name === 'onParticipantEmail');

describe('MeetingSim: getMeetingParticipantsEmail', () => {
  it('answers Success at once, then one onParticipantEmail per person after a delay', () => {
    const { sim, events, timers } = make();
    const ann = sim.join({ screenName: 'Ann', email: 'ann@example.org', waitingRoom: false });
    const bob = sim.join({
      screenName: 'Bob',
      email: 'bob@example.org',
      consent: 'deny',
      waitingRoom: false,
    });
    const guest = sim.join({ screenName: 'Guest', waitingRoom: false });
    sim.join({
      screenName: 'Ivy',
      email: 'ivy@example.org',
      consent: 'ignore',
      waitingRoom: false,
    });
    sim.join({ screenName: 'Waiting', email: 'w@example.org' }); // in the waiting room: not asked
    const reply = call(sim, 'getMeetingParticipantsEmail', { reasonForAsking: 'Roll check' });
    expect(reply && 'result' in reply ? reply.result : reply).toBe('Success');
    expect(emailEvents(events)).toEqual([]);
    // A person needs time to read the prompt; someone not signed in is answered by Zoom at once.
    expect(timers.map((t) => t.ms).filter((ms) => ms >= 1200)).toHaveLength(2);
    expect(timers.map((t) => t.ms)).toContain(300);
    for (const timer of timers) timer.callback();
    const answers = emailEvents(events).map((e) => e.data as Record<string, unknown>);
    expect(answers).toHaveLength(3);
    expect(answers.find((a) => a.participantUUID === ann)).toMatchObject({
      participantEmail: 'ann@example.org',
    });
    expect(answers.find((a) => a.participantUUID === bob)).toHaveProperty('errorMessage');
    expect(answers.find((a) => a.participantUUID === bob)).not.toHaveProperty('participantEmail');
    expect(answers.find((a) => a.participantUUID === guest)).toHaveProperty('errorMessage');
    for (const answer of answers) expect(typeof answer.timestamp).toBe('number');
  });

  it('is open to attendees too, and drops answers of people who left or of an unloaded panel', () => {
    const { sim, events, timers } = make();
    sim.setMyRole('attendee');
    call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
    const ann = sim.join({ screenName: 'Ann', email: 'ann@example.org', waitingRoom: false });
    sim.join({ screenName: 'Bob', email: 'bob@example.org', waitingRoom: false });
    expect(call(sim, 'getMeetingParticipantsEmail', {})).toMatchObject({ result: 'Success' });
    sim.leave(ann);
    timers[0]?.callback();
    expect(emailEvents(events)).toEqual([]);
    sim.panelUnloaded();
    timers[1]?.callback();
    expect(emailEvents(events)).toEqual([]);
  });

  it('an older client has neither the call nor the event', () => {
    const { sim, config } = make('5.16.9');
    const result = config && 'result' in config ? (config.result as Record<string, unknown>) : {};
    expect(result.clientVersion).toBe('5.16.9');
    expect(result.unsupportedApis).toEqual(
      expect.arrayContaining(['getMeetingParticipantsEmail', 'onParticipantEmail']),
    );
    expect(call(sim, 'getMeetingParticipantsEmail', {})).toMatchObject({ errorCode: '80004' });
  });

  it('refuses a join with a bad address or consent', () => {
    const { sim } = make();
    expect(() => sim.join({ screenName: 'X', email: 'nope' })).toThrow(/address/);
    expect(() => sim.join({ screenName: 'X', email: 'x@y.z', consent: 'maybe' as never })).toThrow(
      /consent/,
    );
  });
});

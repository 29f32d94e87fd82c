import type { MeetingSetup, MeetingSim, SdkReply } from '../meeting-sim';

/** Test-only helpers for the sim's unit tests. */

let callCounter = 0;

/** One SDK request into the sim, as the transport feeds it, and the sim's reply. */
export function callSim(sim: MeetingSim, apiName: string, data?: unknown): SdkReply | null {
  const jsCallId = `call${++callCounter}`;
  sim.receive({ jsCallId, apiName, data });
  return sim.process(jsCallId);
}

/** A small meeting: the app user hosts, the waiting room is on, nobody else is there. */
export function simSetup(overrides: Partial<MeetingSetup> = {}): MeetingSetup {
  return {
    topic: 'Thursday group',
    meetingID: '81234567890',
    meetingUUID: 'mtg-uuid==',
    me: { screenName: 'Dana Host', role: 'host' },
    waitingRoom: true,
    participants: [],
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { MeetingSim, SUPPORTED_CAPABILITIES } from './meeting-sim';
import type { MeetingSetup, SdkReply, SimEvent } from './meeting-sim';
import { callSim as call, simSetup } from './testing/sim-support';

const NOW = 1_750_000_000_123;

function setup(overrides: Partial<MeetingSetup> = {}): MeetingSetup {
  return simSetup({
    meetingID: '812 3456 7890',
    participants: [{ screenName: 'Ann Lee' }],
    ...overrides,
  });
}

function make(overrides: Partial<MeetingSetup> = {}) {
  const sim = new MeetingSim(setup(overrides), { seed: 3, now: () => NOW });
  const events: SimEvent[] = [];
  sim.onEvent((e) => events.push(e));
  const configReply = call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES });
  const ann = sim.list().find((p) => p.screenName === 'Ann Lee')!.participantUUID;
  return { sim, events, configReply, ann };
}

const codeOf = (reply: SdkReply | null) => (reply && 'errorCode' in reply ? reply.errorCode : null);
const resultOf = (reply: SdkReply | null): unknown =>
  reply && 'result' in reply ? reply.result : undefined;
const recordingEvents = (events: SimEvent[]) =>
  events
    .filter((e) => e.name === 'onCloudRecording')
    .map((e) => (e.data as { action: string }).action);

describe('MeetingSim: cloud recording', () => {
  it('starts (connecting, started), pauses, resumes and stops, as Zoom announces them', () => {
    const { sim, events } = make();
    expect(resultOf(call(sim, 'getRecordingContext'))).toEqual({ cloudRecordingStatus: 'stopped' });
    for (const action of ['start', 'pause', 'resume'])
      expect(resultOf(call(sim, 'cloudRecording', { action }))).toBe('Success');
    // After a resume getRecordingContext says "resumed", as the typings allow.
    expect(resultOf(call(sim, 'getRecordingContext'))).toEqual({ cloudRecordingStatus: 'resumed' });
    call(sim, 'cloudRecording', { action: 'stop' });
    expect(recordingEvents(events)).toEqual([
      'connecting',
      'started',
      'paused',
      'started',
      'stopped',
    ]);
    expect(sim.meetingExtras.cloudRecording).toBe('stopped');
  });

  it('refuses an action that does not fit the state or is unknown with 10022', () => {
    const { sim } = make();
    expect(codeOf(call(sim, 'cloudRecording', { action: 'stop' }))).toBe('10022');
    expect(codeOf(call(sim, 'cloudRecording', { action: 'resume' }))).toBe('10022');
    expect(codeOf(call(sim, 'cloudRecording', { action: 'rewind' }))).toBe('10022');
  });

  it('refuses an attendee with 10021 and sends recording events only to hosts', () => {
    const { sim, events } = make({ me: { screenName: 'Ava', role: 'attendee' } });
    expect(codeOf(call(sim, 'cloudRecording', { action: 'start' }))).toBe('10021');
    expect(codeOf(call(sim, 'getRecordingContext'))).toBe('80012');
    sim.recordToCloud('start');
    expect(recordingEvents(events)).toEqual([]);
  });

  it("lets Zoom's own buttons record, and throws on an impossible one", () => {
    const { sim, events } = make();
    sim.recordToCloud('start');
    expect(() => sim.recordToCloud('start')).toThrow(/10022/);
    expect(recordingEvents(events)).toEqual(['connecting', 'started']);
  });
});

describe('MeetingSim: local recording permission', () => {
  it('grants and revokes, with 10050, 10052 and 10051 as the typings list them', () => {
    const { sim, ann } = make();
    const allow = (participantUUID: string, action: string) =>
      call(sim, 'allowParticipantToRecord', { participantUUID, action });
    expect(codeOf(allow(ann, 'revoke'))).toBe('10052');
    expect(resultOf(allow(ann, 'grant'))).toBe('Success');
    expect(codeOf(allow(ann, 'grant'))).toBe('10050');
    expect(sim.meetingExtras.localRecorders).toEqual([ann]);
    expect(resultOf(allow(ann, 'revoke'))).toBe('Success');
    expect(codeOf(allow('nobody', 'grant'))).toBe('10051');
    expect(codeOf(allow(ann, 'maybe'))).toBe('10000');
  });

  it('drops the permission of someone sent to the waiting room', () => {
    const { sim, ann } = make();
    sim.allowLocalRecording(ann, true);
    sim.putInWaitingRoom(ann);
    expect(sim.meetingExtras.localRecorders).toEqual([]);
  });
});

describe('MeetingSim: chat, join link, sharing, client version', () => {
  it('records chat messages and refuses an empty one', () => {
    const { sim } = make();
    expect(resultOf(call(sim, 'sendMessageToChat', { message: 'Welcome' }))).toMatchObject({
      result: [{ channelId: 'meeting-chat' }],
    });
    expect(codeOf(call(sim, 'sendMessageToChat', { message: ' ' }))).toBe('10000');
    expect(sim.meetingExtras.chat.map((c) => c.message)).toEqual(['Welcome']);
  });

  it('has no sendMessageToChat before desktop 6.2.5', () => {
    const sim = new MeetingSim(setup(), { seed: 3, now: () => NOW });
    sim.setClientVersion('6.1.0');
    const reply = resultOf(call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES })) as {
      clientVersion: string;
      unsupportedApis: string[];
    };
    expect(reply.clientVersion).toBe('6.1.0');
    expect(reply.unsupportedApis).toEqual(['sendMessageToChat']);
    expect(codeOf(call(sim, 'sendMessageToChat', { message: 'Hi' }))).toBe('80004');
  });

  it('answers the join link, by default carrying the passcode as Zoom links often do', () => {
    expect(resultOf(call(make().sim, 'getMeetingJoinUrl'))).toEqual({
      joinUrl: 'https://zoom.us/j/81234567890?pwd=emulatorPasscode1',
    });
    const plain = make({ joinUrl: 'https://zoom.us/j/81234567890' }).sim;
    expect(resultOf(call(plain, 'getMeetingJoinUrl'))).toEqual({
      joinUrl: 'https://zoom.us/j/81234567890',
    });
  });

  it('announces screen sharing, and its end when the sharer is sent to the waiting room', () => {
    const { sim, events, ann } = make();
    sim.shareScreen(ann, true);
    sim.putInWaitingRoom(ann);
    const shares = events
      .filter((e) => e.name === 'onShareScreen')
      .map((e) => (e.data as { action: string; participantUUID: string }).action);
    expect(shares).toEqual(['start', 'stop']);
    expect(() => sim.shareScreen(ann, true)).toThrow(/not in the meeting/);
  });
});

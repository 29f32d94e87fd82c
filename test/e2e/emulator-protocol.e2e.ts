import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { EmulatorSession } from './harness';
import { openEmulator } from './harness';
import type { ProbeEvent } from './fixtures/sdk-probe';

/**
 * The emulator speaks Zoom's iframe protocol to the real, unmodified @zoom/appssdk: these tests frame
 * a small probe page that imports the SDK and call it exactly as an app would.
 */

const HOST_CAPABILITIES = [
  'getUserContext',
  'getMeetingContext',
  'getMeetingUUID',
  'getMeetingParticipants',
  'getWaitingRoomParticipants',
  'getWaitingRoomState',
  'setWaitingRoomState',
  'admitParticipantFromWaitingRoom',
  'putParticipantToWaitingRoom',
  'setParticipantScreenName',
  'removeParticipant',
  'showNotification',
  'onParticipantChange',
  'onWaitingRoomParticipantJoin',
  'onWaitingRoomParticipantLeave',
  'onWaitingRoomStateChange',
  'onMyUserContextChange',
];

type Outcome =
  | { ok: true; value: unknown; ms: number }
  | { ok: false; code: unknown; message: string; requestId: unknown; ms: number };

/** Calls `zoomSdk[method](arg)` in the panel and reports the result or the error's fields. */
function sdkCall(panel: Frame, method: string, arg?: unknown): Promise<Outcome> {
  return panel.evaluate(
    async ([name, param]) => {
      const sdk = window.probe?.sdk as unknown as Record<string, (a?: unknown) => Promise<unknown>>;
      const started = performance.now();
      try {
        const value = await sdk[name]?.(param);
        return { ok: true as const, value, ms: performance.now() - started };
      } catch (e) {
        const err = e as { code?: unknown; message?: string; requestId?: unknown };
        return {
          ok: false as const,
          code: err.code,
          message: err.message ?? String(e),
          requestId: err.requestId,
          ms: performance.now() - started,
        };
      }
    },
    [method, arg] as const,
  );
}

function configure(
  panel: Frame,
  capabilities: string[] = HOST_CAPABILITIES,
  timeout?: number,
): Promise<Outcome> {
  return sdkCall(panel, 'config', {
    capabilities,
    version: '0.16',
    ...(timeout ? { timeout } : {}),
  });
}

const probeEvents = (panel: Frame): Promise<ProbeEvent[]> =>
  panel.evaluate(() => window.probe?.events ?? []);

describe('emulator protocol with the real SDK', () => {
  let s: EmulatorSession;

  beforeAll(async () => {
    s = await openEmulator({
      query: 'scenario=empty&panel=/test/e2e/fixtures/sdk-probe.html',
      waitForConfig: false,
    });
  });
  afterAll(async () => {
    await s?.close();
  });
  beforeEach(async () => {
    await s.emu.reset();
    await s.panel.waitForFunction(() => window.probe !== undefined);
  });

  it('answers config with what the SDK needs, then snapshot calls', async () => {
    const config = await configure(s.panel);
    expect(config).toMatchObject({
      ok: true,
      value: { runningContext: 'inMeeting', unsupportedApis: [], auth: { status: 'authorized' } },
    });
    // Four parts, as real clients send them (the typings' example: 5.11.1.8356).
    expect((config as { value: { clientVersion: string } }).value.clientVersion).toMatch(
      /^\d+\.\d+\.\d+\.\d+$/,
    );

    const me = await sdkCall(s.panel, 'getUserContext');
    expect(me).toMatchObject({ ok: true, value: { role: 'host', status: 'authorized' } });
    const participants = await sdkCall(s.panel, 'getMeetingParticipants');
    const state = await s.emu.state();
    expect(participants).toMatchObject({
      ok: true,
      value: {
        participants: [
          {
            participantUUID: state.me.participantUUID,
            screenName: state.me.screenName,
            role: 'host',
          },
        ],
      },
    });
    expect(await sdkCall(s.panel, 'getMeetingUUID')).toMatchObject({
      ok: true,
      value: { meetingUUID: expect.any(String) },
    });
    const after = await s.emu.state();
    expect(after.configured).toBe(true);
    expect(after.calls.map((c) => [c.apiName, c.outcome])).toEqual([
      ['config', 'ok'],
      ['getUserContext', 'ok'],
      ['getMeetingParticipants', 'ok'],
      ['getMeetingUUID', 'ok'],
    ]);
  });

  it('refuses calls before config: the SDK guards itself, and the client refuses a raw request', async () => {
    const viaSdk = await sdkCall(s.panel, 'getMeetingParticipants');
    expect(viaSdk).toMatchObject({
      ok: false,
      message: expect.stringContaining('must call zoomSdk.config'),
    });
    const raw = await s.panel.evaluate(() => window.probe?.raw('getMeetingParticipants'));
    expect(raw).toMatchObject({
      errorCode: '80001',
      errorMessage: expect.stringContaining('No Permission'),
    });
  });

  it('turns error replies into ZoomApiError with the code, and wraps bare-string results', async () => {
    await configure(s.panel);
    const waitingRoomOff = await sdkCall(s.panel, 'getWaitingRoomParticipants');
    expect(waitingRoomOff).toMatchObject({
      ok: false,
      code: '10240',
      message: 'Waiting room is not supported for this meeting',
      requestId: expect.stringMatching(/^id[0-9a-f]{32}$/),
    });

    expect(await sdkCall(s.panel, 'setWaitingRoomState', { waitingRoom: true })).toMatchObject({
      ok: true,
      value: { message: 'Success' },
    });
    const uuid = await s.emu.join({ screenName: 'Maria Santos' });
    expect(
      await sdkCall(s.panel, 'admitParticipantFromWaitingRoom', { participantUUID: uuid }),
    ).toMatchObject({ ok: true, value: { message: 'Success' } });
    expect(
      await sdkCall(s.panel, 'admitParticipantFromWaitingRoom', { participantUUID: uuid }),
    ).toMatchObject({ ok: false, code: '10238' });
    expect(
      await sdkCall(s.panel, 'setParticipantScreenName', {
        participantUUID: uuid,
        screenName: 'Maria S.',
      }),
    ).toMatchObject({ ok: true, value: { message: 'Success' } });
    expect(
      await sdkCall(s.panel, 'putParticipantToWaitingRoom', { participantUUID: uuid }),
    ).toMatchObject({ ok: true, value: { message: 'Success' } });
    expect(
      await sdkCall(s.panel, 'putParticipantToWaitingRoom', { participantUUID: uuid }),
    ).toMatchObject({ ok: false, code: '10237' });
    // Strict by default: removing someone in the waiting room is refused (a guessed code)…
    expect(await sdkCall(s.panel, 'removeParticipant', { participantUUID: uuid })).toMatchObject({
      ok: false,
      code: '10051',
    });
    // …and works on someone in the meeting.
    await s.emu.admit(uuid);
    expect(await sdkCall(s.panel, 'removeParticipant', { participantUUID: uuid })).toMatchObject({
      ok: true,
      value: { message: 'Success' },
    });
    expect(
      await sdkCall(s.panel, 'showNotification', { type: 'info', title: 'Hi', message: 'there' }),
    ).toMatchObject({ ok: true, value: { message: 'Success' } });
    expect((await s.emu.state()).notifications).toMatchObject([
      { type: 'info', title: 'Hi', message: 'there' },
    ]);
  });

  it('refuses an API the app did not list in config', async () => {
    await configure(s.panel, ['getUserContext']);
    expect(await sdkCall(s.panel, 'getMeetingParticipants')).toMatchObject({
      ok: false,
      code: '80004',
    });
  });

  it('applies role rules, fires onMyUserContextChange, and grants host APIs after a re-config', async () => {
    await s.emu.setMyRole('attendee');
    await s.emu.reloadPanel();
    await s.panel.waitForFunction(() => window.probe !== undefined);
    const config = await configure(s.panel);
    expect((config as { value: { unsupportedApis: string[] } }).value.unsupportedApis).toContain(
      'getMeetingParticipants',
    );
    await s.panel.evaluate(() =>
      window.probe?.listen(['onMyUserContextChange', 'onParticipantChange']),
    );
    expect(await sdkCall(s.panel, 'getMeetingParticipants')).toMatchObject({
      ok: false,
      code: '80012',
      message: expect.stringContaining('require_meeting_role'),
    });

    await s.emu.join({ screenName: 'Not for attendees' });
    await s.emu.setMyRole('coHost');
    await s.panel.waitForFunction(() => (window.probe?.events.length ?? 0) > 0);
    expect(await probeEvents(s.panel)).toEqual([
      {
        name: 'onMyUserContextChange',
        data: { timestamp: expect.any(Number), role: 'coHost', screenName: expect.any(String) },
      },
    ]);
    expect(await sdkCall(s.panel, 'getMeetingParticipants')).toMatchObject({
      ok: false,
      code: '80012',
    });
    await configure(s.panel);
    expect(await sdkCall(s.panel, 'getMeetingParticipants')).toMatchObject({ ok: true });
  });

  it('sends waiting-room and participant events in Zoom’s shapes, only those listed', async () => {
    await configure(s.panel, [
      ...HOST_CAPABILITIES.filter((c) => c !== 'onWaitingRoomStateChange'),
    ]);
    await s.panel.evaluate(() =>
      window.probe?.listen([
        'onParticipantChange',
        'onWaitingRoomParticipantJoin',
        'onWaitingRoomParticipantLeave',
        'onWaitingRoomStateChange',
      ]),
    );
    await s.emu.setWaitingRoom(true);
    const uuid = await s.emu.join({ screenName: 'Budi Santoso' });
    await s.emu.admit(uuid);
    await s.panel.waitForFunction(() => (window.probe?.events.length ?? 0) >= 3);
    const events = await probeEvents(s.panel);
    expect(events.map((e) => e.name)).toEqual([
      'onWaitingRoomParticipantJoin',
      'onWaitingRoomParticipantLeave',
      'onParticipantChange',
    ]);
    expect(events[0]?.data).toEqual({
      timestamp: expect.any(Number),
      participant: { action: 'joinMeeting', screenName: 'Budi Santoso', participantUUID: uuid },
    });
    expect(events[2]?.data).toEqual({
      timestamp: expect.any(Number),
      participants: [
        {
          status: 'join',
          screenName: 'Budi Santoso',
          participantId: expect.any(Number),
          participantUUID: uuid,
          role: 'attendee',
        },
      ],
    });
    const seconds = (events[0]?.data as { timestamp: number }).timestamp;
    expect(Math.abs(seconds - Date.now() / 1000)).toBeLessThan(60);
  });

  it('delays replies by the configured latency', async () => {
    await configure(s.panel);
    const fast = await sdkCall(s.panel, 'getUserContext');
    await s.emu.setLatency(400);
    const slow = await sdkCall(s.panel, 'getUserContext');
    expect(fast.ms).toBeLessThan(200);
    expect(slow.ms).toBeGreaterThanOrEqual(390);
    expect(slow.ms).toBeLessThan(2_000);
  });

  it('failNext fails exactly one call with the code, or leaves it unanswered', async () => {
    await configure(s.panel, HOST_CAPABILITIES, 1_000);
    await s.emu.failNext('getWaitingRoomState', 10233);
    expect(await sdkCall(s.panel, 'getWaitingRoomState')).toMatchObject({
      ok: false,
      code: '10233',
      message: 'Waiting room is locked',
    });
    expect(await sdkCall(s.panel, 'getWaitingRoomState')).toMatchObject({
      ok: true,
      value: { waitingRoom: false },
    });

    await s.emu.failNext('getUserContext', 'timeout');
    expect(await sdkCall(s.panel, 'getUserContext')).toMatchObject({
      ok: false,
      message: expect.stringContaining('took longer than 1000ms'),
    });
    const calls = (await s.emu.state()).calls.filter((c) => c.apiName === 'getUserContext');
    expect(calls.map((c) => c.outcome)).toEqual(['no-reply']);
  });

  it('answers only the panel iframe', async () => {
    await configure(s.panel);
    const before = (await s.emu.state()).calls.length;
    const forgedReplies = await s.page.evaluate(async () => {
      let replies = 0;
      const forged = JSON.stringify({
        jsCallId: 'forged',
        apiName: 'removeParticipant',
        data: { participantUUID: 'x' },
      });
      const other = document.createElement('iframe');
      other.srcdoc = `<script>window.addEventListener('message', () => parent.postMessage('got-reply', '*')); parent.postMessage(${JSON.stringify(forged)}, '*');</script>`;
      window.addEventListener('message', (e) => {
        if (e.data === 'got-reply') replies++;
      });
      document.body.append(other);
      window.postMessage(forged, '*');
      await new Promise((r) => setTimeout(r, 400));
      other.remove();
      return replies;
    });
    expect(forgedReplies).toBe(0);
    expect((await s.emu.state()).calls.length).toBe(before);
  });

  it('a panel reload drops the configuration; theme and width change without a reload', async () => {
    await configure(s.panel);
    const loadedAt = await s.panel.evaluate(() => window.probe?.loadedAt);
    await s.emu.setTheme('dark');
    await s.emu.setPanelWidth(760);
    await s.panel.waitForFunction(() => window.location.hash === '#theme=dark');
    expect((await s.emu.state()).configured).toBe(true);
    expect(await s.panel.evaluate(() => window.probe?.loadedAt)).toBe(loadedAt);
    await s.panel.waitForFunction(() => window.innerWidth === 760, undefined, { timeout: 2_000 });

    await s.emu.reloadPanel();
    await s.panel.waitForFunction(() => window.probe !== undefined);
    expect(await s.panel.evaluate(() => window.probe?.loadedAt)).not.toBe(loadedAt);
    expect((await s.emu.state()).configured).toBe(false);
    expect(await s.panel.evaluate(() => window.probe?.raw('getUserContext'))).toMatchObject({
      errorCode: '80001',
    });
    expect(await s.panel.evaluate(() => window.location.hash)).toBe('#theme=dark');
  });
});

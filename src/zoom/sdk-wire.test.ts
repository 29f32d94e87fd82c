import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
// The real, unmodified SDK. Imported by file so Vite transforms it: the package's CommonJS entry,
// externalised, goes through an interop proxy that forwards `then` to the SDK's own catch-all
// Proxy, and the import never settles.
import realZoomSdk from '@zoom/appssdk/dist/sdk.es.js';
import { CAPABILITIES } from './capabilities';
import { MeetingError } from './errors';
import { installMessageGuard } from './message-guard';
import type { MeetingClient, MeetingEvent } from './meeting-client';
import { createSdkMeetingClient } from './sdk-meeting-client';
import type { SdkLike } from './sdk-like';

/*
 * The adapter over the real SDK, talking the desktop client's WebView2 protocol: the SDK finds
 * `window.chrome.webview`, posts JSON requests to it and reads `{ data: { type, … } }` messages
 * back. This checks what the fake SDK cannot: the SDK's wire shapes, its ZoomApiError, its
 * wrapping of bare-string replies, its time-out, and its own listener bookkeeping.
 */

interface WireRequest {
  jsCallId: string;
  apiName: string;
  data?: unknown;
}
type WireReply = { result: unknown } | { errorCode: string; errorMessage: string } | 'silent';
type Answer = (data: unknown) => WireReply;

class FakeDesktopClient {
  readonly requests: WireRequest[] = [];
  private readonly answers = new Map<string, Answer>();
  private deliver: ((message: { data: unknown }) => void) | undefined;

  readonly webview = {
    postMessage: (json: string) => {
      const request = JSON.parse(json) as WireRequest;
      this.requests.push(request);
      const reply = (
        this.answers.get(request.apiName) ??
        (() => ({
          errorCode: '80004',
          errorMessage: 'No Permission for this API. [code:80004, reason:app_not_support]',
        }))
      )(request.data);
      if (reply === 'silent') return;
      queueMicrotask(() =>
        this.deliver?.({
          data: { type: 'apiResponse', data: { jsCallId: request.jsCallId, ...reply } },
        }),
      );
    },
    addEventListener: (_type: string, listener: (message: { data: unknown }) => void) => {
      this.deliver = listener;
    },
  };

  answer(apiName: string, answer: Answer): void {
    this.answers.set(apiName, answer);
  }

  push(name: string, data: unknown): void {
    this.deliver?.({ data: { type: 'event', name, data } });
  }

  apiNames(): string[] {
    return this.requests.map((request) => request.apiName);
  }
}

const desktop = new FakeDesktopClient();
const sdk = realZoomSdk as unknown as SdkLike;

function answerLikeAHostClient(): void {
  desktop.answer('config', () => ({
    result: {
      clientVersion: '6.4.5.1234',
      browserVersion: 'webview2/125',
      userAgent: 'Zoom',
      auth: { status: 'authorized', upgradable: false },
      unsupportedApis: [],
      runningContext: 'inMeeting',
      product: 'desktop',
    },
  }));
  desktop.answer('getUserContext', () => ({
    result: {
      screenName: 'Hana',
      participantUUID: 'me-1',
      participantId: '1',
      role: 'host',
      status: 'authorized',
    },
  }));
  desktop.answer('getMeetingParticipants', () => ({
    result: {
      participants: [
        { screenName: 'Hana', participantUUID: 'me-1', participantId: '1', role: 'host' },
        { screenName: 'Cole', participantUUID: 'c-1', participantId: '2', role: 'cohost' },
      ],
    },
  }));
  desktop.answer('admitParticipantFromWaitingRoom', () => ({ result: 'Success' }));
  desktop.answer('putParticipantToWaitingRoom', () => ({
    errorCode: '10239',
    errorMessage: 'Hosts and co-hosts cannot be put in waiting room',
  }));
}

let client: MeetingClient;
let events: MeetingEvent[];
const clock = vi.fn(() => 1_750_000_000_000);

let disposeGuard: () => void = () => {};

beforeAll(async () => {
  // The SDK's serialiser compares every value's constructor with ImageData, which jsdom lacks.
  if (!('ImageData' in globalThis)) Object.assign(globalThis, { ImageData: class ImageData {} });
  Object.assign(window, { chrome: { webview: desktop.webview } });
  // As in the panel: the guard against forged window messages leaves the native bridge alone.
  disposeGuard = installMessageGuard(window);
  answerLikeAHostClient();
  client = createSdkMeetingClient({ sdk, now: clock });
  events = [];
  client.subscribe((event) => events.push(event));
  await client.start();
});

afterAll(() => {
  disposeGuard();
  client.dispose();
  Reflect.deleteProperty(window, 'chrome');
});

afterEach(() => {
  events.length = 0;
  vi.useRealTimers();
});

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the adapter over the real SDK', () => {
  it('sent config over the bridge with exactly the capabilities and version 0.16', () => {
    expect(desktop.requests[0]).toMatchObject({
      apiName: 'config',
      data: { js_api_lists: [...CAPABILITIES], version: '0.16' },
    });
  });

  it('reads snapshots through the SDK', async () => {
    await expect(client.getParticipants()).resolves.toEqual([
      { participantUUID: 'me-1', screenName: 'Hana', role: 'host' },
      { participantUUID: 'c-1', screenName: 'Cole', role: 'coHost' },
    ]);
  });

  it('sends an action with its arguments and accepts the bare-string reply the SDK wraps', async () => {
    await expect(client.admit('w-1')).resolves.toBeUndefined();
    expect(desktop.requests.at(-1)).toMatchObject({
      apiName: 'admitParticipantFromWaitingRoom',
      data: { participantUUID: 'w-1' },
    });
  });

  it("turns the SDK's ZoomApiError into a MeetingError with Zoom's code", async () => {
    const error: unknown = await client.putInWaitingRoom('c-1').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(MeetingError);
    expect(error).toMatchObject({
      kind: 'cannot-move-host',
      api: 'putParticipantToWaitingRoom',
      code: 10239,
    });
  });

  it('maps the client refusing an API to not-configured', async () => {
    const error: unknown = await client.remove('p-1').catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'not-configured', api: 'removeParticipant', code: 80004 });
  });

  it("maps the SDK's own 10 s time-out to a timeout", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    desktop.answer('setWaitingRoomState', () => 'silent');
    const outcome = client.setWaitingRoomState(true).catch((reason: unknown) => reason);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await outcome;
    expect(error).toMatchObject({ kind: 'timeout', api: 'setWaitingRoomState' });
    expect(error).toBeInstanceOf(MeetingError);
  });

  it('receives pushed events, one per participant, without the duplicate', () => {
    const payload = {
      timestamp: 1_750_000_000,
      participants: [
        {
          status: 'join',
          screenName: 'Ann',
          participantUUID: 'a-1',
          participantId: 3,
          role: 'attendee',
        },
        {
          status: 'join',
          screenName: 'Bo',
          participantUUID: 'b-1',
          participantId: 4,
          role: 'attendee',
        },
      ],
    };
    desktop.push('onParticipantChange', payload);
    desktop.push('onParticipantChange', payload);
    desktop.push('onWaitingRoomParticipantJoin', {
      timestamp: 1_750_000_001,
      participant: { action: 'joinMeeting', screenName: 'Wes', participantUUID: 'w-2' },
    });
    expect(events.map((event) => event.type)).toEqual([
      'participantJoined',
      'participantJoined',
      'waitingRoomJoined',
    ]);
  });

  it('re-configures over the wire on a role change, then reports the fresh context', async () => {
    desktop.answer('getUserContext', () => ({
      result: {
        screenName: 'Hana',
        participantUUID: 'me-1',
        participantId: '1',
        role: 'attendee',
        status: 'authorized',
      },
    }));
    const before = desktop.requests.length;
    desktop.push('onMyUserContextChange', {
      timestamp: 1_750_000_100,
      role: 'attendee',
      screenName: 'Hana',
    });
    await settle();
    expect(desktop.apiNames().slice(before)).toEqual(['config', 'getUserContext']);
    expect(events).toEqual([
      {
        type: 'myContextChanged',
        at: 1_750_000_100_000,
        user: { participantUUID: 'me-1', screenName: 'Hana', role: 'attendee' },
      },
    ]);
  });

  it("after dispose the SDK no longer calls the adapter's handlers", () => {
    client.dispose();
    clock.mockClear();
    for (const name of CAPABILITIES.filter((capability) => capability.startsWith('on')))
      desktop.push(name, { timestamp: 1 });
    expect(clock).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });
});

describe('outside Zoom', () => {
  it('a plain jsdom window (no frame, no bridge) is not Zoom: start rejects without loading the SDK', async () => {
    const saved: unknown = Reflect.get(window, 'chrome');
    Reflect.deleteProperty(window, 'chrome');
    try {
      const outside = createSdkMeetingClient();
      const error: unknown = await outside.start().catch((reason: unknown) => reason);
      expect(error).toMatchObject({ kind: 'not-in-zoom', api: 'config' });
    } finally {
      Object.assign(window, { chrome: saved });
    }
  });
});

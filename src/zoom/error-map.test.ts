import { describe, expect, it } from 'vitest';
import { MeetingError, type MeetingErrorKind } from './errors';
import { notInZoomError, toMeetingError } from './error-map';
import { sdkTimeout, zoomApiError } from './test-support/fake-sdk';

describe('toMeetingError: Zoom codes', () => {
  it.each<[number, MeetingErrorKind, string]>([
    [10233, 'locked-by-admin', 'setWaitingRoomState'],
    [10234, 'already-in-that-state', 'setWaitingRoomState'],
    [10235, 'unsupported', 'setWaitingRoomState'],
    [10236, 'in-breakout-room', 'getWaitingRoomParticipants'],
    [10237, 'already-in-waiting-room', 'putParticipantToWaitingRoom'],
    [10238, 'not-in-waiting-room', 'admitParticipantFromWaitingRoom'],
    [10239, 'cannot-move-host', 'putParticipantToWaitingRoom'],
    [10240, 'waiting-room-unavailable', 'getWaitingRoomParticipants'],
    [80012, 'permission', 'getMeetingParticipants'],
    [80001, 'not-configured', 'getMeetingParticipants'],
    [80004, 'not-configured', 'removeParticipant'],
    [403, 'permission', 'admitParticipantFromWaitingRoom'],
    [10061, 'permission', 'removeParticipant'],
    [10049, 'permission', 'getMeetingParticipants'],
    [10075, 'not-found', 'setParticipantScreenName'],
    [10051, 'not-found', 'removeParticipant'],
    [10042, 'unsupported', 'showNotification'],
    [10151, 'unsupported', 'getUserContext'],
  ])('%i → %s', (code, kind, api) => {
    const error = toMeetingError(zoomApiError(code, 'raw Zoom text'), api);
    expect(error).toBeInstanceOf(MeetingError);
    expect(error).toMatchObject({ kind, api, code });
    // A plain sentence for the host, not Zoom's raw text.
    expect(error.message).not.toContain('raw Zoom text');
    expect(error.message).toMatch(/^[A-Z].*\.$/);
  });

  it('reads codes the client sent as strings', () => {
    expect(
      toMeetingError(zoomApiError('10238', 'x'), 'admitParticipantFromWaitingRoom'),
    ).toMatchObject({
      kind: 'not-in-waiting-room',
      code: 10238,
    });
  });

  it('reads the raw errorCode/errorMessage shape of a wire reply', () => {
    expect(
      toMeetingError({ errorCode: 10237, errorMessage: 'already' }, 'putParticipantToWaitingRoom'),
    ).toMatchObject({
      kind: 'already-in-waiting-room',
      code: 10237,
    });
  });
});

describe('toMeetingError: failures without a known code', () => {
  it("turns the SDK's own time-out into a 'timeout' (the one kind host actions retry)", () => {
    const error = toMeetingError(
      sdkTimeout('admitParticipantFromWaitingRoom'),
      'admitParticipantFromWaitingRoom',
    );
    expect(error).toMatchObject({
      kind: 'timeout',
      api: 'admitParticipantFromWaitingRoom',
      code: undefined,
    });
    expect(error.message).toBe(
      'Zoom did not answer in time when asked to admit this person. Try again.',
    );
  });

  it("maps the SDK's 'call config first' error to not-configured", () => {
    const error = toMeetingError(
      new Error('must call zoomSdk.config before using other API methods'),
      'getMeetingParticipants',
    );
    expect(error).toMatchObject({ kind: 'not-configured', api: 'getMeetingParticipants' });
  });

  it('maps the SDK refusing this browser to not-in-zoom', () => {
    expect(
      toMeetingError(new Error('The Zoom Apps SDK is not supported by this browser'), 'config')
        .kind,
    ).toBe('not-in-zoom');
  });

  it('recognises a permission refusal by its message when the code is new to us', () => {
    const error = toMeetingError(
      zoomApiError(80099, 'No Permission for this API. [code:80099, reason:require_meeting_role]'),
      'getMeetingParticipants',
    );
    expect(error).toMatchObject({ kind: 'permission', code: 80099 });
  });

  it('reads the reason of a "No Permission" reply with a code new to us', () => {
    const missing = zoomApiError(
      80077,
      'No Permission for this API. [code:80077, reason:app_not_support]',
    );
    expect(toMeetingError(missing, 'removeParticipant')).toMatchObject({
      kind: 'not-configured',
      code: 80077,
    });
    const unconfigured = zoomApiError(
      80078,
      'No Permission for this API. [code:80078, reason:config_required]',
    );
    expect(toMeetingError(unconfigured, 'getUserContext').kind).toBe('not-configured');
  });

  it('reads an unknown failure of an API Zoom called unsupported as a role limit for an attendee', () => {
    const context = { unsupportedApis: ['getWaitingRoomParticipants'], role: 'attendee' as const };
    expect(
      toMeetingError(zoomApiError(12345, 'nope'), 'getWaitingRoomParticipants', context).kind,
    ).toBe('permission');
  });

  it('and as an unsupported feature for a host', () => {
    const context = { unsupportedApis: ['removeParticipant'], role: 'host' as const };
    expect(toMeetingError(zoomApiError(12345, 'nope'), 'removeParticipant', context)).toMatchObject(
      { kind: 'unsupported', code: 12345 },
    );
  });

  it("keeps an unknown code and Zoom's message in a generic sentence", () => {
    const error = toMeetingError(
      zoomApiError(10999, 'Something odd happened'),
      'removeParticipant',
    );
    expect(error).toMatchObject({ kind: 'unknown', api: 'removeParticipant', code: 10999 });
    expect(error.message).toBe(
      'Zoom could not remove this person (error 10999: Something odd happened).',
    );
  });

  it('clips a very long Zoom message to one short line', () => {
    const error = toMeetingError(
      zoomApiError(10999, `line one\n${'x'.repeat(500)}`),
      'removeParticipant',
    );
    expect(error.message).not.toContain('\n');
    expect(error.message.length).toBeLessThan(300);
  });

  it.each([[undefined], [null], ['boom'], [42]])('copes with a rejection of %j', (value) => {
    const error = toMeetingError(value, 'getMeetingParticipants');
    expect(error).toBeInstanceOf(MeetingError);
    expect(error.kind).toBe('unknown');
    expect(error.message).toMatch(/^Zoom could not read the participant list/);
  });

  it('passes a MeetingError through unchanged', () => {
    const original = notInZoomError();
    expect(toMeetingError(original, 'getUserContext')).toBe(original);
  });
});

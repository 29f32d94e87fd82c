import { describe, expect, it } from 'vitest';
import { toMeetingError } from './error-map';
import { MeetingError, isTransientError } from './errors';

describe('isTransientError', () => {
  it.each([
    [
      'Zoom error 10001',
      toMeetingError({ code: 10001, message: 'x' }, 'putParticipantToWaitingRoom'),
      true,
    ],
    ['"not ready" (10150)', toMeetingError({ code: '10150' }, 'putParticipantToWaitingRoom'), true],
    ['a time-out', new MeetingError('timeout', 'x', 'took too long'), true],
    ['a rate limit', new MeetingError('unknown', 'x', 'Too many requests', 429), true],
    [
      'no permission (80012)',
      toMeetingError({ code: 80012 }, 'putParticipantToWaitingRoom'),
      false,
    ],
    ['an unknown participant (10075)', toMeetingError({ code: 10075 }, 'x'), false],
    ['a plain Error', new Error('boom'), false],
  ])('%s → %s', (_label, error, transient) => {
    expect(isTransientError(error)).toBe(transient);
  });
});

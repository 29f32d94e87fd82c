import { describe, expect, it } from 'vitest';
import { MeetingError } from '../../src/zoom/errors';

describe('MeetingError', () => {
  it('only time-outs are retryable', () => {
    expect(
      new MeetingError('timeout', 'admitParticipantFromWaitingRoom', 'Zoom did not answer')
        .retryable,
    ).toBe(true);
    expect(
      new MeetingError('permission', 'admitParticipantFromWaitingRoom', 'Only hosts', 10001)
        .retryable,
    ).toBe(false);
  });
});

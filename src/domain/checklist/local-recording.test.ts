import { describe, expect, it } from 'vitest';
import { evaluateLiveItem } from './live-items';
import { getPreset } from './presets';
import { facts, person } from './test-facts';

const preset = getPreset('anonymous-support-group');

describe('the local recording item', () => {
  it('offers to revoke the permission for everyone in the room but hosts and co-hosts', () => {
    const result = evaluateLiveItem(
      'localRecording',
      facts({
        people: [
          person('a', 'Ann L.'),
          person('h', 'Hosting Co', { role: 'coHost' }),
          person('w', 'Waiting W.', { location: 'waitingRoom' }),
        ],
      }),
      preset,
    );
    expect(result).toEqual({
      outcome: 'partial',
      message: { key: 'checklist.localRecording.left', params: { count: 1 } },
      fix: { kind: 'revokeLocalRecording', participantUUIDs: ['a'] },
    });
  });

  it('passes once Doorkeeper revoked it for everyone present', () => {
    const result = evaluateLiveItem(
      'localRecording',
      facts({ people: [person('a', 'Ann L.')], localRecordingRevoked: ['a', 'gone'] }),
      preset,
    );
    expect(result.outcome).toBe('pass');
  });

  it("can't tell when Zoom does not tell this user about recording", () => {
    const result = evaluateLiveItem(
      'localRecording',
      facts({ people: [person('a', 'Ann L.')], recording: 'unknown' }),
      preset,
    );
    expect(result).toEqual({
      outcome: 'unknown',
      message: { key: 'checklist.localRecording.unknown' },
    });
  });
});

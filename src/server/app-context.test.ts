// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decryptAppContext, EXPIRY_TOLERANCE_MS } from './app-context';
import { encryptContext } from './testing/encrypt-context';

const SECRET = 'client-secret-for-context-tests';
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

const pack = (payload: unknown, options?: Parameters<typeof encryptContext>[2]): Buffer =>
  encryptContext(payload, SECRET, options);
const packWith = (payload: unknown, secret: string): Buffer => encryptContext(payload, secret);

const meeting = {
  typ: 'meeting',
  uid: 'user-123',
  mid: 'meeting-uuid==',
  ts: NOW - 1_000,
  exp: NOW + 120_000,
};

describe('decryptAppContext', () => {
  it('decrypts a valid header and exposes typ, uid and mid', () => {
    const result = decryptAppContext(pack(meeting).toString('base64'), SECRET, NOW);
    expect(result).toEqual({
      ok: true,
      context: { typ: 'meeting', uid: 'user-123', mid: 'meeting-uuid==', exp: meeting.exp },
    });
  });

  it('accepts the URL-safe base64 alphabet too', () => {
    const result = decryptAppContext(pack(meeting).toString('base64url'), SECRET, NOW);
    expect(result.ok).toBe(true);
  });

  it('accepts a 16-byte IV and an empty AAD (lengths come from the header)', () => {
    const result = decryptAppContext(
      pack(meeting, { ivLength: 16, aad: Buffer.alloc(0) }).toString('base64'),
      SECRET,
      NOW,
    );
    expect(result.ok).toBe(true);
  });

  it('leaves uid and mid undefined for a guest outside a meeting', () => {
    const result = decryptAppContext(
      pack({ typ: 'panel', exp: NOW + 60_000 }).toString('base64'),
      SECRET,
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      context: { typ: 'panel', uid: undefined, mid: undefined, exp: NOW + 60_000 },
    });
  });

  it.each([
    ['cipher text', (buf: Buffer) => buf.length - 20],
    ['auth tag', (buf: Buffer) => buf.length - 1],
    ['AAD', () => 1 + 12 + 2],
    ['IV', () => 1],
  ])('refuses a header whose %s was altered', (_part, byteIndex) => {
    const packed = pack(meeting);
    const index = byteIndex(packed);
    packed[index] = (packed[index] ?? 0) ^ 0x01;
    expect(decryptAppContext(packed.toString('base64'), SECRET, NOW)).toEqual({
      ok: false,
      reason: 'undecryptable',
    });
  });

  it('refuses a header encrypted with another app’s secret', () => {
    const header = packWith(meeting, 'another-apps-secret').toString('base64');
    expect(decryptAppContext(header, SECRET, NOW)).toEqual({ ok: false, reason: 'undecryptable' });
  });

  it('refuses an expired context, allowing only a little clock skew', () => {
    const expired = pack({ ...meeting, exp: NOW - EXPIRY_TOLERANCE_MS - 1 }).toString('base64');
    expect(decryptAppContext(expired, SECRET, NOW)).toEqual({ ok: false, reason: 'expired' });
    const justWithinSkew = pack({ ...meeting, exp: NOW - EXPIRY_TOLERANCE_MS + 1_000 }).toString(
      'base64',
    );
    expect(decryptAppContext(justWithinSkew, SECRET, NOW).ok).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['not base64', 'not base64!'],
    ['truncated', pack(meeting).subarray(0, 30).toString('base64')],
    ['trailing bytes', Buffer.concat([pack(meeting), Buffer.from([0])]).toString('base64')],
    ['absurd IV length', Buffer.from([0, 1, 2, 3]).toString('base64')],
    ['oversized', 'A'.repeat(5000)],
  ])('refuses a %s header as malformed', (_name, header) => {
    expect(decryptAppContext(header, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a decryptable payload without typ or exp', () => {
    expect(
      decryptAppContext(pack({ uid: 'x', exp: NOW + 1000 }).toString('base64'), SECRET, NOW),
    ).toEqual({ ok: false, reason: 'malformed' });
    expect(
      decryptAppContext(pack({ typ: 'meeting', exp: 'soon' }).toString('base64'), SECRET, NOW),
    ).toEqual({ ok: false, reason: 'malformed' });
  });
});

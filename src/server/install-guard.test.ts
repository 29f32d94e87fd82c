// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeChallengeFor, INSTALL_TTL_MS, InstallGuard } from './install-guard';

const SECRET = 'a-session-secret-of-at-least-thirty-two-chars';

function clock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('codeChallengeFor', () => {
  it('is the RFC 7636 appendix B example', () => {
    expect(codeChallengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });
});

describe('InstallGuard', () => {
  it('accepts the state with the cookie of the same flow, and gives back the PKCE verifier', () => {
    const guard = new InstallGuard(SECRET);
    const { state, codeChallenge, cookieValue } = guard.start();
    const check = guard.finish(state, cookieValue);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(createHash('sha256').update(check.codeVerifier).digest('base64url')).toBe(codeChallenge);
  });

  it('keeps the verifier out of the state and the cookie readable only by the server', () => {
    const guard = new InstallGuard(SECRET);
    const { state, cookieValue } = guard.start();
    const check = guard.finish(state, cookieValue);
    if (!check.ok) throw new Error('expected success');
    expect(state).not.toContain(check.codeVerifier);
    expect(Buffer.from(cookieValue, 'base64url').toString('latin1')).not.toContain(
      check.codeVerifier,
    );
  });

  it('refuses the same state a second time, even with its cookie', () => {
    const guard = new InstallGuard(SECRET);
    const { state, cookieValue } = guard.start();
    expect(guard.finish(state, cookieValue).ok).toBe(true);
    expect(guard.finish(state, cookieValue)).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses a missing, forged or altered state', () => {
    const guard = new InstallGuard(SECRET);
    const { state, cookieValue } = guard.start();
    expect(guard.finish(undefined, cookieValue)).toEqual({ ok: false, reason: 'missing-state' });
    expect(guard.finish('abc', cookieValue)).toEqual({ ok: false, reason: 'invalid-state' });
    const [nonce, expiry, signature] = state.split('.');
    const laterExpiry = (parseInt(expiry ?? '', 36) + INSTALL_TTL_MS).toString(36);
    expect(guard.finish(`${nonce}.${laterExpiry}.${signature}`, cookieValue)).toEqual({
      ok: false,
      reason: 'invalid-state',
    });
    const otherServer = new InstallGuard('another-secret-of-at-least-thirty-two-chars').start();
    expect(guard.finish(otherServer.state, otherServer.cookieValue)).toEqual({
      ok: false,
      reason: 'invalid-state',
    });
  });

  it('refuses a state without the cookie, or with the cookie of another flow', () => {
    const guard = new InstallGuard(SECRET);
    const mine = guard.start();
    const theirs = guard.start();
    expect(guard.finish(mine.state, undefined)).toEqual({ ok: false, reason: 'missing-cookie' });
    expect(guard.finish(mine.state, theirs.cookieValue)).toEqual({ ok: false, reason: 'mismatch' });
    const tampered =
      mine.cookieValue.slice(0, -2) + (mine.cookieValue.endsWith('AA') ? 'BB' : 'AA');
    expect(guard.finish(mine.state, tampered)).toEqual({ ok: false, reason: 'mismatch' });
    // Failed attempts do not burn the state: the real browser can still finish.
    expect(guard.finish(mine.state, mine.cookieValue).ok).toBe(true);
  });

  it('refuses a state older than ten minutes', () => {
    const time = clock();
    const guard = new InstallGuard(SECRET, time.now);
    const { state, cookieValue } = guard.start();
    time.advance(INSTALL_TTL_MS + 1);
    expect(guard.finish(state, cookieValue)).toEqual({ ok: false, reason: 'expired' });
  });

  it('forgets used nonces once they have expired anyway', () => {
    const time = clock();
    const guard = new InstallGuard(SECRET, time.now);
    const first = guard.start();
    expect(guard.finish(first.state, first.cookieValue).ok).toBe(true);
    time.advance(INSTALL_TTL_MS + 1);
    const second = guard.start();
    expect(guard.finish(second.state, second.cookieValue).ok).toBe(true);
    expect((guard as unknown as { usedNonces: Map<string, number> }).usedNonces.size).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { chatSupport, versionAtLeast } from './chat-support';

describe('versionAtLeast', () => {
  it.each([
    ['6.4.10', '6.2.5', true],
    ['6.2.5', '6.2.5', true],
    ['6.2.4', '6.2.5', false],
    ['6.10.0', '6.9.9', true],
    ['5.17.11', '6.2.5', false],
    ['6.3', '6.2.5', true],
  ])('%s ≥ %s is %s', (a, b, expected) => expect(versionAtLeast(a, b)).toBe(expected));
});

describe('chatSupport', () => {
  it('posts on desktop 6.2.5 and later', () => {
    expect(chatSupport({ clientVersion: '6.2.5', unsupportedApis: [] })).toEqual({ ok: true });
  });
  it('gives the reason on an older client, naming its version', () => {
    expect(chatSupport({ clientVersion: '5.17.11', unsupportedApis: [] })).toEqual({
      ok: false,
      reason: 'oldClient',
      version: '5.17.11',
    });
  });
  it('believes the client when it lists the API as unsupported', () => {
    expect(chatSupport({ clientVersion: '6.4.0', unsupportedApis: ['sendMessageToChat'] })).toEqual(
      { ok: false, reason: 'notAvailable' },
    );
  });
  it('is unknown before the client answered', () => {
    expect(chatSupport(null)).toEqual({ ok: false, reason: 'unknown' });
  });
});

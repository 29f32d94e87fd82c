import { describe, expect, it } from 'vitest';
import { chatSupport } from './chat-support';

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

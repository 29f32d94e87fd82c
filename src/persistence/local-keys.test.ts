import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_EXPLAINED_KEY, clearLocalKeys, readLocalFlag, writeLocalFlag } from './local-keys';

afterEach(() => {
  window.localStorage.clear();
});

describe('Doorkeeper’s localStorage keys', () => {
  it('keeps a flag, and clearing removes every Doorkeeper key but nobody else’s', () => {
    writeLocalFlag(LOCK_EXPLAINED_KEY);
    window.localStorage.setItem('doorkeeper.somethingNewer', 'x');
    window.localStorage.setItem('zoom.theme', 'dark');
    window.localStorage.setItem('doorkeeperish', 'not ours: no dot');
    expect(readLocalFlag(LOCK_EXPLAINED_KEY)).toBe(true);

    expect(clearLocalKeys()).toBe(2);
    expect(readLocalFlag(LOCK_EXPLAINED_KEY)).toBe(false);
    expect(window.localStorage.getItem('doorkeeper.somethingNewer')).toBeNull();
    expect(window.localStorage.getItem('zoom.theme')).toBe('dark');
    expect(window.localStorage.getItem('doorkeeperish')).toBe('not ours: no dot');
  });

  it('copes with a browser that refuses storage', () => {
    const refusing = {
      get length(): number {
        throw new DOMException('refused', 'SecurityError');
      },
    } as unknown as Storage;
    expect(clearLocalKeys(refusing)).toBe(0);
    expect(clearLocalKeys(null)).toBe(0);
  });
});

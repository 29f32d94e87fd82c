import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, hostTheme, resolveTheme } from './theme';

describe('resolveTheme', () => {
  it.each([
    ['system', true, null, 'dark'],
    ['system', false, null, 'light'],
    ['system', false, 'dark', 'dark'],
    ['system', true, 'light', 'light'],
    ['light', true, 'dark', 'light'],
    ['dark', false, 'light', 'dark'],
  ] as const)(
    '%s with system dark=%s and host %s → %s',
    (preference, systemDark, host, expected) => {
      expect(resolveTheme(preference, systemDark, host)).toBe(expected);
    },
  );
});

describe('hostTheme', () => {
  it.each([
    ['#theme=dark', 'dark'],
    ['#theme=light', 'light'],
    ['#scenario=x&theme=dark', 'dark'],
    ['#theme=purple', null],
    ['', null],
  ] as const)('%s → %s', (hash, expected) => {
    expect(hostTheme(hash)).toBe(expected);
  });
});

describe('applyTheme', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('follows the emulator’s #theme= as it changes, until a theme is chosen', async () => {
    const root = document.createElement('div');
    window.location.hash = '#theme=dark';
    const stop = applyTheme('system', root);
    expect(root.dataset.theme).toBe('dark');
    window.location.hash = '#theme=light';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(root.dataset.theme).toBe('light');
    stop();
    const stopDark = applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    stopDark();
  });
});

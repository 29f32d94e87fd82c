import { describe, expect, it } from 'vitest';
import { panelUrl, parseWidth, safePanelPath } from './view-store';

describe('view settings from the URL', () => {
  it.each([
    ['/index.html', '/index.html'],
    ['/test/e2e/fixtures/sdk-probe.html', '/test/e2e/fixtures/sdk-probe.html'],
    ['http://127.0.0.1:4173/index.html', 'http://127.0.0.1:4173/index.html'],
    ['http://localhost:5173/index.html', 'http://localhost:5173/index.html'],
    ['//evil.example/x', null],
    ['https://evil.example/index.html', null],
    ['javascript:alert(1)', null],
    ['/\\evil.example', null],
    ['index.html', null],
    [null, null],
  ])('panel %s → %s', (value, expected) => {
    expect(safePanelPath(value)).toBe(expected);
  });

  it.each([
    ['380', 380],
    ['760', 760],
    ['12', null],
    ['abc', null],
    [null, null],
  ])('width %s → %s', (value, expected) => {
    expect(parseWidth(value)).toBe(expected);
  });

  it('carries the theme in the fragment', () => {
    expect(panelUrl({ theme: 'dark', panelWidth: 380, panelPath: '/index.html' })).toBe(
      '/index.html#theme=dark',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { detectZoomHost } from './host-environment';

/** A stand-in window: `top` is itself unless framed; extra properties mimic the native bridges. */
function fakeWindow(extra: Record<string, unknown> = {}, framed = false): Window {
  const win: Record<string, unknown> = { ...extra };
  win.self = win;
  win.top = framed ? {} : win;
  return win as unknown as Window;
}

describe('detectZoomHost', () => {
  it.each<[string, Window, string]>([
    ['a plain top-level tab', fakeWindow(), 'none'],
    [
      'a plain tab whose window.chrome has no webview (desktop Chrome)',
      fakeWindow({ chrome: { runtime: {} } }),
      'none',
    ],
    ['a frame (the web client, or the emulator)', fakeWindow({}, true), 'iframe'],
    ['the Windows client (WebView2)', fakeWindow({ chrome: { webview: {} } }), 'native'],
    [
      'the macOS client (WKWebView)',
      fakeWindow({ webkit: { messageHandlers: { jsOCHelper: {} } } }),
      'native',
    ],
    ['the Android client', fakeWindow({ android: {} }), 'native'],
  ])('%s → %s', (_label, win, expected) => {
    expect(detectZoomHost(win)).toBe(expected);
  });

  it('treats a parent it may not look at (cross-origin) as a frame', () => {
    const win = { self: {} } as Record<string, unknown>;
    Object.defineProperty(win, 'top', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(detectZoomHost(win as unknown as Window)).toBe('iframe');
  });

  it('finds the jsdom test window to be no Zoom at all', () => {
    expect(detectZoomHost()).toBe('none');
  });
});

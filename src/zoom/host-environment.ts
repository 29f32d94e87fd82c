/** How the Zoom Apps SDK would reach a Zoom client from this window. */
export type ZoomHost = 'native' | 'iframe' | 'none';

/**
 * Mirrors the SDK's own `detectBrowser` (sdk.es.js): a framed page talks to `window.parent` (the
 * web client, or our emulator); a top-level page needs one of the desktop or mobile clients'
 * native bridges. With neither, no Zoom client can ever answer, so the caller can stop at once
 * instead of waiting for the SDK's 10 s time-out.
 */
export function detectZoomHost(win: Window = window): ZoomHost {
  if (isFramed(win)) return 'iframe';
  const bridges = win as unknown as {
    android?: unknown;
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: { jsOCHelper?: unknown } };
  };
  if (bridges.android || bridges.chrome?.webview || bridges.webkit?.messageHandlers?.jsOCHelper) {
    return 'native';
  }
  return 'none';
}

function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // A cross-origin parent throws on access: that is a frame too (the SDK decides the same way).
    return true;
  }
}

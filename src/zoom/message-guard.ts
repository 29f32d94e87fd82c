import { detectZoomHost } from './host-environment';

const guarded = new WeakSet<object>();

/**
 * Drops every `message` event that does not come from the window the SDK talks to, before the SDK
 * listens. In Zoom's web client (and the emulator) the SDK reads replies and events from any
 * window that posts to the panel and checks neither source nor origin, so a sibling frame could
 * forge a participant joining. Only `window.parent` speaks for Zoom there.
 *
 * The desktop clients' native bridges do not use window messages (WebView2 delivers on
 * `window.chrome.webview`, the others call into the page), so on a top-level page only the page
 * itself is trusted and the bridge is untouched. Installed once per window; returns a disposer.
 */
export function installMessageGuard(win: Window = window): () => void {
  if (guarded.has(win)) return () => {};
  guarded.add(win);
  const trusted: unknown = detectZoomHost(win) === 'iframe' ? win.parent : win;
  const onMessage = (event: MessageEvent) => {
    if (event.source === trusted) return;
    // Capturing, and installed first: no later listener (the SDK's) hears it.
    event.stopImmediatePropagation();
  };
  win.addEventListener('message', onMessage, { capture: true });
  return () => {
    guarded.delete(win);
    win.removeEventListener('message', onMessage, { capture: true });
  };
}

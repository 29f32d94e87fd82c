import type { ClientHost } from './client-host';
import type { MeetingSim } from './meeting-sim';

/** Owns the panel iframe: tells the client host which window to answer, reloads it, notices unloads. */
export class PanelControl {
  private frame: HTMLIFrameElement | null = null;
  private loadWaiters: Array<() => void> = [];
  /** The URL to return to after blanking a cross-origin panel (see reload). */
  private returnTo: string | null = null;

  constructor(
    private readonly sim: MeetingSim,
    private readonly host: ClientHost,
  ) {}

  /** React's ref callback for the iframe. */
  setFrame = (frame: HTMLIFrameElement | null): void => {
    if (frame === this.frame) return;
    this.frame?.removeEventListener('load', this.onLoad);
    this.frame = frame;
    this.host.setFrame(frame);
    frame?.addEventListener('load', this.onLoad);
  };

  /** Reload the panel document; resolves when the new one has loaded. */
  reload(): Promise<void> {
    const frame = this.frame;
    if (!frame) return Promise.reject(new Error('the panel iframe is not mounted'));
    const loaded = new Promise<void>((resolve) => this.loadWaiters.push(resolve));
    this.unloaded();
    try {
      frame.contentWindow?.location.reload();
    } catch {
      // A cross-origin panel cannot be reloaded through its window. Setting the same src again
      // would only be a fragment navigation (#theme=…), so go through about:blank first.
      this.returnTo = frame.src;
      frame.src = 'about:blank';
    }
    return loaded;
  }

  private unloaded(): void {
    this.host.cancelPending();
    this.sim.panelUnloaded();
  }

  private readonly onLoad = (): void => {
    if (this.returnTo !== null && this.frame) {
      const src = this.returnTo;
      this.returnTo = null;
      this.frame.src = src;
      return;
    }
    try {
      // A reload started inside the panel (or by the browser) drops its configuration too.
      this.frame?.contentWindow?.addEventListener('pagehide', () => this.unloaded(), {
        once: true,
      });
    } catch {
      // Cross-origin panel: only reloads made through reload() are noticed.
    }
    for (const resolve of this.loadWaiters.splice(0)) resolve();
  };
}

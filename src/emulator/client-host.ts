import type { MeetingSim, SdkRequest } from './meeting-sim';

/**
 * The wire side of the emulated Zoom client, speaking the protocol the real SDK uses inside an
 * iframe (the web client's): requests arrive as JSON strings posted to the parent window; replies
 * (`{ type: 'apiResponse', data }`) and events (`{ type: 'event', name, data }`) go back as objects.
 */
export class ClientHost {
  private frame: HTMLIFrameElement | null = null;
  private latency = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly disposers: Array<() => void> = [];

  constructor(
    private readonly sim: MeetingSim,
    private readonly win: Window = window,
  ) {
    const onMessage = (event: MessageEvent): void => this.onMessage(event);
    win.addEventListener('message', onMessage);
    this.disposers.push(() => win.removeEventListener('message', onMessage));
    this.disposers.push(
      sim.onEvent((e) => this.post({ type: 'event', name: e.name, data: e.data })),
    );
  }

  /** The iframe that holds the panel: only its window is answered. */
  setFrame(frame: HTMLIFrameElement | null): void {
    this.frame = frame;
  }

  get latencyMs(): number {
    return this.latency;
  }

  /** Delay before each request is handled and answered. */
  setLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(`setLatency needs a non-negative number of ms, not ${String(ms)}`);
    this.latency = ms;
  }

  /** Forget every delayed answer (the panel is going away). */
  cancelPending(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  dispose(): void {
    this.cancelPending();
    for (const dispose of this.disposers.splice(0)) dispose();
  }

  private onMessage(event: MessageEvent): void {
    const panel = this.frame?.contentWindow;
    // Only the panel may talk to the client: anything else could forge host actions.
    if (!panel || event.source !== panel) return;
    const request = parseRequest(event.data);
    if (!request) return;
    this.sim.receive(request);
    if (this.latency === 0) {
      this.answer(request.jsCallId);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.answer(request.jsCallId);
    }, this.latency);
    this.timers.add(timer);
  }

  private answer(jsCallId: string): void {
    const reply = this.sim.process(jsCallId);
    if (reply) this.post({ type: 'apiResponse', data: reply });
  }

  private post(
    message:
      { type: 'apiResponse'; data: unknown } | { type: 'event'; name: string; data: unknown },
  ): void {
    const frame = this.frame;
    const target = frame?.contentWindow;
    if (!frame || !target) return;
    // Address the origin we framed, so a panel that navigated elsewhere hears nothing.
    const origin = new URL(frame.src, this.win.location.href).origin;
    target.postMessage(message, origin);
  }
}

/** A request as the SDK serialises it, or null for anything else. */
export function parseRequest(raw: unknown): SdkRequest | null {
  if (typeof raw !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { jsCallId, apiName, data } = value as Record<string, unknown>;
  if (typeof jsCallId !== 'string' || typeof apiName !== 'string') return null;
  return { jsCallId, apiName, data };
}

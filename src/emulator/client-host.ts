import type { MeetingSim, SdkRequest, SimEvent } from './meeting-sim';
import { createRandom } from './random';
import type { Random } from './random';
import type { DeliveryOptions, EventRecord } from './types';

/** Zoom documents no order or delay for events: by default they come after the reply, a little late. */
export const DEFAULT_DELIVERY: Required<DeliveryOptions> = {
  mode: 'realistic',
  maxDelayMs: 120,
  reorder: false,
  doubleEvery: 0,
};

/**
 * The wire side of the emulated Zoom client, speaking the protocol the real SDK uses inside an
 * iframe (the web client's): requests arrive as JSON strings posted to the parent window; replies
 * (`{ type: 'apiResponse', data }`) and events (`{ type: 'event', name, data }`) go back as objects.
 */
export class ClientHost {
  private frame: HTMLIFrameElement | null = null;
  private latency = 0;
  private delivery: Required<DeliveryOptions> = DEFAULT_DELIVERY;
  private random: Random;
  private eventCount = 0;
  /** Events waiting for delivery, in order (without `reorder`). */
  private queue: Array<{
    due: number;
    message: { type: 'event'; name: string; data: unknown };
    copies: number;
    record: EventRecord;
  }> = [];
  private queueTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly inFlight = new Map<ReturnType<typeof setTimeout>, EventRecord>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly disposers: Array<() => void> = [];

  constructor(
    private readonly sim: MeetingSim,
    private readonly win: Window = window,
    seed = 1,
  ) {
    this.random = createRandom(seed * 31 + 17);
    const onMessage = (event: MessageEvent): void => this.onMessage(event);
    win.addEventListener('message', onMessage);
    this.disposers.push(() => win.removeEventListener('message', onMessage));
    this.disposers.push(sim.onEvent((e, record) => this.deliver(e, record)));
  }

  get deliveryMode(): string {
    return this.delivery.mode;
  }

  /** How events reach the panel from now on (see DeliveryOptions). */
  setDelivery(options: DeliveryOptions): void {
    if (options.mode !== 'instant' && options.mode !== 'realistic')
      throw new Error(`setDelivery: instant or realistic, not ${String(options.mode)}`);
    const maxDelayMs = options.maxDelayMs ?? DEFAULT_DELIVERY.maxDelayMs;
    const doubleEvery = options.doubleEvery ?? 0;
    if (!Number.isFinite(maxDelayMs) || maxDelayMs < 0)
      throw new Error('setDelivery: maxDelayMs must be a non-negative number');
    if (!Number.isInteger(doubleEvery) || doubleEvery < 0)
      throw new Error('setDelivery: doubleEvery must be a whole number ≥ 0');
    this.delivery = {
      mode: options.mode,
      maxDelayMs,
      reorder: options.reorder ?? false,
      doubleEvery,
    };
  }

  private deliver(event: SimEvent, record: EventRecord): void {
    const message = { type: 'event' as const, name: event.name, data: event.data };
    this.eventCount++;
    const copies =
      this.delivery.doubleEvery > 0 && this.eventCount % this.delivery.doubleEvery === 0 ? 2 : 1;
    if (this.delivery.mode === 'instant') {
      for (let i = 0; i < copies; i++) this.post(message);
      return;
    }
    // Realistic: always after the reply being worked on (a timer, never synchronous), each event
    // after its own seeded delay. Without `reorder`, one queue drained in order by one timer (two
    // timers due at the same moment could fire in either order); with it, a timer each.
    const now = performance.now();
    const due = now + this.random.next() * this.delivery.maxDelayMs;
    if (this.delivery.reorder) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.inFlight.delete(timer);
        for (let i = 0; i < copies; i++) this.post(message);
      }, due - now);
      this.timers.add(timer);
      this.inFlight.set(timer, record);
      return;
    }
    const last = this.queue.at(-1);
    this.queue.push({ due: Math.max(due, last?.due ?? 0), message, copies, record });
    if (this.queueTimer === null) this.scheduleQueue();
  }

  private scheduleQueue(): void {
    const head = this.queue[0];
    if (!head) return;
    this.queueTimer = setTimeout(
      () => {
        this.queueTimer = null;
        const now = performance.now();
        while (this.queue[0] && this.queue[0].due <= now + 1) {
          const next = this.queue.shift()!;
          for (let i = 0; i < next.copies; i++) this.post(next.message);
        }
        this.scheduleQueue();
      },
      Math.max(0, head.due - performance.now()),
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

  /** Forget every delayed answer and event (the panel is going away): those events are lost. */
  cancelPending(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const record of this.inFlight.values()) record.dropped = true;
    this.inFlight.clear();
    if (this.queueTimer !== null) clearTimeout(this.queueTimer);
    this.queueTimer = null;
    for (const { record } of this.queue.splice(0)) record.dropped = true;
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

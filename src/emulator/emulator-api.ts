import type { ClientHost } from './client-host';
import type { MeetingSim } from './meeting-sim';
import type { PanelControl } from './panel-control';
import type { Scenario } from './scenarios';
import type {
  DeliveryOptions,
  EmulatorRole,
  EmulatorState,
  InjectedFailure,
  JoinOptions,
  Theme,
  ZoomEmulator,
} from './types';
import type { ViewStore } from './view-store';

export interface EmulatorDeps {
  sim: MeetingSim;
  host: ClientHost;
  panel: PanelControl;
  view: ViewStore;
  scenario: Scenario;
  seed: number;
  /** Scenario time runs this many times faster than real time (`?speed=`). */
  speed: number;
}

/** Plays a scenario's timed arrivals; restartable. */
class Timeline {
  private timers: Array<ReturnType<typeof setTimeout>> = [];
  private started = false;

  constructor(private readonly deps: EmulatorDeps) {}

  /** Start once the panel is listening, so a person watching sees every arrival. */
  startWhenConfigured(): void {
    if (this.started || this.deps.scenario.timeline.length === 0) return;
    const unsubscribe = this.deps.sim.subscribe(() => {
      if (!this.deps.sim.configured || this.started) return;
      this.started = true;
      queueMicrotask(unsubscribe);
      this.schedule();
    });
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.started = false;
  }

  private schedule(): void {
    for (const arrival of this.deps.scenario.timeline) {
      this.timers.push(
        setTimeout(() => this.deps.sim.join(arrival.join), arrival.afterMs / this.deps.speed),
      );
    }
  }
}

/** The `window.zoomEmulator` object (documented on the ZoomEmulator type). */
export function createZoomEmulator(deps: EmulatorDeps): ZoomEmulator {
  const { sim, host, panel, view } = deps;
  const timeline = new Timeline(deps);
  timeline.startWhenConfigured();

  const state = (): EmulatorState => {
    const settings = view.get();
    // A structured-clone-safe copy: callers (and Playwright) get data, not live objects.
    return structuredClone({
      participants: sim.list(),
      waitingRoom: sim.waitingRoom,
      calls: sim.calls,
      events: sim.events,
      notifications: sim.notifications,
      cloudRecording: sim.meetingExtras.cloudRecording,
      localRecorders: sim.meetingExtras.localRecorders,
      sharers: sim.meetingExtras.sharers,
      chat: sim.meetingExtras.chat,
      clientVersion: sim.version,
      me: sim.me,
      configured: sim.configured,
      capabilities: sim.capabilities,
      latencyMs: host.latencyMs,
      theme: settings.theme,
      panelWidth: settings.panelWidth,
      scenario: deps.scenario.name,
      seed: deps.seed,
      rooms: sim.breakoutRooms,
      profile: sim.profile,
      delivery: host.deliveryMode,
    });
  };

  return {
    join: (options: JoinOptions) => sim.join(options),
    leave: (uuid: string) => sim.leave(uuid),
    rename: (uuid: string, screenName: string) => sim.rename(uuid, screenName),
    admit: (uuid: string) => sim.admit(uuid),
    putInWaitingRoom: (uuid: string) => sim.putInWaitingRoom(uuid),
    setMyRole: (role: EmulatorRole) => sim.setMyRole(role),
    setWaitingRoom: (on: boolean) => sim.setWaitingRoom(on),
    failNext: (apiName: string, code: InjectedFailure) => sim.failNext(apiName, code),
    setLatency: (ms: number) => host.setLatency(ms),
    recordToCloud: (action) => sim.recordToCloud(action),
    allowLocalRecording: (uuid: string, allowed: boolean) => sim.allowLocalRecording(uuid, allowed),
    shareScreen: (uuid: string, sharing: boolean) => sim.shareScreen(uuid, sharing),
    setClientVersion: (version: string) => sim.setClientVersion(version),
    async reset() {
      timeline.stop();
      host.setLatency(0);
      sim.reset();
      timeline.startWhenConfigured();
      await panel.reload();
    },
    async newOccurrence() {
      timeline.stop();
      host.setLatency(0);
      const meetingUUID = sim.newOccurrence();
      timeline.startWhenConfigured();
      await panel.reload();
      return meetingUUID;
    },
    reloadPanel: () => panel.reload(),
    setTheme(theme: Theme) {
      if (theme !== 'light' && theme !== 'dark')
        throw new Error(`setTheme: light or dark, not ${String(theme)}`);
      view.set({ theme });
    },
    setPanelWidth(px: number) {
      if (!Number.isFinite(px) || px < 240)
        throw new Error(`setPanelWidth: at least 240 px, not ${String(px)}`);
      view.set({ panelWidth: px });
    },
    whenConfigured(timeoutMs = 10_000) {
      if (sim.configured) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`the panel did not call config within ${timeoutMs} ms`));
        }, timeoutMs);
        const unsubscribe = sim.subscribe(() => {
          if (!sim.configured) return;
          clearTimeout(timer);
          unsubscribe();
          resolve();
        });
      });
    },
    state,
    openBreakoutRooms: (assignments: Record<string, string[]>) =>
      sim.openBreakoutRooms(assignments),
    moveToRoom: (uuid: string, roomName: string | null) => sim.moveToRoom(uuid, roomName),
    closeBreakoutRooms: () => sim.closeBreakoutRooms(),
    setRole: (uuid: string, role: 'attendee' | 'coHost') => sim.setRole(uuid, role),
    reconnect: (uuid: string) => sim.reconnect(uuid),
    setRunningContext: (context: string) => sim.setRunningContext(context),
    expireConfig: () => sim.expireConfig(),
    loseNextAdmit: () => sim.loseNextAdmit(),
    setDelivery: (options: DeliveryOptions) => host.setDelivery(options),
  };
}

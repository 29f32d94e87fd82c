import type { AppSlice } from './app-store';
import type { ClientInfo, MeetingClient } from '../zoom/meeting-client';
import type { MeetingErrorKind } from '../zoom/errors';

/**
 * - loading: talking to Zoom (first start, a retry, or a role regained)
 * - ready: the roster is live
 * - error: the first load failed; the host can retry
 * - not-in-zoom: opened in a plain browser
 * - attendee: my role cannot use the host APIs
 */
export type ConnectionStatus = 'loading' | 'ready' | 'error' | 'not-in-zoom' | 'attendee';

/** A failure, kept as plain data (the store holds no Error objects). */
export interface ConnectionProblem {
  kind: MeetingErrorKind;
  message: string;
}

export interface ConnectionState {
  status: ConnectionStatus;
  /** Why the status is `error`. */
  problem: ConnectionProblem | null;
  /** A background refresh failed while ready: the roster may be out of date until the next one works. */
  refreshProblem: ConnectionProblem | null;
  clientInfo: ClientInfo | null;
}

export interface ConnectionSlice {
  connection: ConnectionState;
  /** The port to Zoom, for store actions that call it (host actions). Null until bootstrap attaches one. */
  client: MeetingClient | null;
  /** Start again after an error. Bootstrap provides it; before that it does nothing. */
  reconnect: () => void;
  updateConnection: (patch: Partial<ConnectionState>) => void;
  attachClient: (client: MeetingClient | null, reconnect: () => void) => void;
}

const initialConnection: ConnectionState = {
  status: 'loading',
  problem: null,
  refreshProblem: null,
  clientInfo: null,
};

export const createConnectionSlice: AppSlice<ConnectionSlice> = (set) => ({
  connection: initialConnection,
  client: null,
  reconnect: () => {},
  updateConnection: (patch) => set((state) => ({ connection: { ...state.connection, ...patch } })),
  attachClient: (client, reconnect) => set({ client, reconnect }),
});

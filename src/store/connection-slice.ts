import type { SliceCreator } from './app-store';
import type { ClientInfo } from '../zoom/meeting-client';
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
  /** How often the host asked to start again after an error: bootstrap watches it and reconnects. */
  reconnectRequests: number;
}

export interface ConnectionSlice {
  connection: ConnectionState;
  /** Start again after an error (bootstrap does it; without bootstrap, nothing happens). */
  reconnect: () => void;
  updateConnection: (patch: Partial<ConnectionState>) => void;
}

const initialConnection: ConnectionState = {
  status: 'loading',
  problem: null,
  refreshProblem: null,
  clientInfo: null,
  reconnectRequests: 0,
};

export const createConnectionSlice: SliceCreator<ConnectionSlice> = (set) => ({
  connection: initialConnection,
  reconnect: () =>
    set((state) => ({
      connection: {
        ...state.connection,
        reconnectRequests: state.connection.reconnectRequests + 1,
      },
    })),
  updateConnection: (patch) => set((state) => ({ connection: { ...state.connection, ...patch } })),
});

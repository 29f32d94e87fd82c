import { parseRegistrants, registrantsToCsv } from '../domain/identity';
import type { SliceCreator } from './app-store';
import type { MeetingSlice } from './meeting-slice';
import type { RollSlice } from './roll-slice';
import type { AppServices } from './services';

/** Why loading the registrations did not work, in words the panel translates. */
export type RegistrationsProblem =
  | 'no-meeting'
  | 'no-client'
  | 'declined'
  | 'not-authorised'
  | 'no-registration'
  | 'zoom-unreachable';

export interface RegistrationsState {
  status: 'idle' | 'loading' | 'authorizing' | 'failed';
  problem: RegistrationsProblem | null;
}

export interface RegistrationsSlice {
  registrations: RegistrationsState;
  /**
   * "Load this meeting's registrations": asks Doorkeeper's server; without a Zoom session, first
   * Zoom's in-client authorize (PKCE). The list then goes through the roll import preview.
   */
  loadRegistrations: () => Promise<void>;
  /** The code from `onAuthorized` (null: the host declined), and the state Zoom echoed, if any. */
  receiveAuthorization: (code: string | null, state: string | null) => Promise<void>;
}

const SERVER_ERRORS: readonly RegistrationsProblem[] = [
  'not-authorised',
  'no-registration',
  'zoom-unreachable',
];

const b64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: b64url(new Uint8Array(digest)) };
}

async function problemOf(response: Response): Promise<RegistrationsProblem> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: unknown } | null)?.error;
  const known = SERVER_ERRORS.find((kind) => kind === error);
  if (known) return known;
  return response.status === 401 ? 'not-authorised' : 'zoom-unreachable';
}

export function createRegistrationsSlice(
  services: AppServices,
): SliceCreator<RegistrationsSlice, MeetingSlice & RollSlice> {
  return (set, get) => {
    // The PKCE verifier lives only here, in memory, for the one authorize round it belongs to.
    let pending: { verifier: string; state: string } | null = null;
    const fail = (problem: RegistrationsProblem) =>
      set({ registrations: { status: 'failed', problem } });

    /** One GET; true when it ended the flow (imported or failed), false on 401 (authorise first). */
    const fetchList = async (meetingID: string, mayAuthorize: boolean): Promise<boolean> => {
      let response: Response;
      try {
        response = await services.http(
          `/api/meetings/${encodeURIComponent(meetingID)}/registrants`,
          {
            credentials: 'same-origin',
            headers: { accept: 'application/json' },
          },
        );
      } catch {
        fail('zoom-unreachable');
        return true;
      }
      if (response.status === 401 && mayAuthorize) return false;
      if (!response.ok) {
        fail(await problemOf(response));
        return true;
      }
      const people = parseRegistrants(await response.json().catch(() => null));
      if (!people) {
        fail('zoom-unreachable');
        return true;
      }
      set({ registrations: { status: 'idle', problem: null } });
      get().openRollImport();
      await get().readRollText(registrantsToCsv(people), `Registrations ${meetingID}`);
      return true;
    };

    return {
      registrations: { status: 'idle', problem: null },

      loadRegistrations: async () => {
        const status = get().registrations.status;
        if (status === 'loading' || status === 'authorizing') return;
        const meetingID = (get().meetingInfo?.meetingID ?? '').replace(/\s+/g, '');
        if (!/^\d{9,12}$/.test(meetingID)) return fail('no-meeting');
        set({ registrations: { status: 'loading', problem: null } });
        if (await fetchList(meetingID, true)) return;
        const client = services.client;
        if (!client) return fail('no-client');
        const { verifier, challenge } = await pkcePair();
        const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
        pending = { verifier, state };
        set({ registrations: { status: 'authorizing', problem: null } });
        try {
          await client.authorize(challenge, state);
        } catch {
          pending = null;
          fail('not-authorised');
        }
      },

      receiveAuthorization: async (code, state) => {
        const round = pending;
        if (!round || get().registrations.status !== 'authorizing') return;
        // An answer carrying another round's state is not this round's (PKCE would refuse its
        // code anyway): keep waiting. Zoom's typings make the echo optional, so none is accepted.
        if (state !== null && state !== round.state) return;
        pending = null;
        if (code === null) return fail('declined');
        set({ registrations: { status: 'loading', problem: null } });
        try {
          const response = await services.http('/api/zoom/session', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code, codeVerifier: round.verifier }),
          });
          if (!response.ok) return fail(await problemOf(response));
        } catch {
          return fail('zoom-unreachable');
        }
        const meetingID = (get().meetingInfo?.meetingID ?? '').replace(/\s+/g, '');
        await fetchList(meetingID, false);
      },
    };
  };
}

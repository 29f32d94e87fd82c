import type { AttendanceEvent } from '../domain/attendance';
import { versionAtLeast } from '../domain/meeting/client-version';
// The preset table alone: the checklist's barrel would bring its evaluation into the first load.
import { getPreset } from '../domain/checklist/presets';
import { EMAIL_MIN_CLIENT_VERSION, judgeEmail, loggedVerdict } from '../domain/identity';
import type { EmailAnswer, IdentityVerdict } from '../domain/identity';
import { isMeetingError } from '../zoom/errors';
import type { MeetingErrorKind } from '../zoom/errors';
import type { SliceCreator } from './app-store';
import type { AttendanceSlice } from './attendance-slice';
import type { ChecklistSlice } from './checklist-slice';
import type { ConnectionSlice } from './connection-slice';
import type { MeetingSlice } from './meeting-slice';
import type { AppServices } from './services';
import type { LoadedRoll, RollSlice } from './roll-slice';
import { selectNameMatchByUUID } from './roll-selectors';

/**
 * One participant's verdict. No e-mail address is ever kept: the answer is judged the moment it
 * arrives, against the roll and the name the person had then, and dropped.
 */
export interface VerdictRecord {
  verdict: IdentityVerdict;
  /** The name the verdict was made for: a rename needs a new check, so the verdict stops applying. */
  screenName: string;
  /** The roll it was judged against (a new roll needs a new check). */
  roll: LoadedRoll;
  at: number;
}

export type EmailRequestStatus = 'idle' | 'asking' | 'waiting' | 'failed';

export interface EmailRequest {
  status: EmailRequestStatus;
  askedAt: number | null;
  /** Who was in the meeting when the host asked: those still unanswered at the end get "no answer". */
  asked: readonly string[];
  /** Why the request failed (`failed`). */
  problem: MeetingErrorKind | 'no-client' | null;
}

/** Why the host cannot verify now; null when they can. */
export type VerifyBlocker = 'off' | 'old-client' | 'no-roll' | 'no-roll-emails' | null;

/** The longest reason Doorkeeper sends for Zoom's consent prompt. */
export const MAX_REASON_LENGTH = 200;

export interface IdentitySlice {
  /** participantUUID → verdict. */
  identityVerdicts: ReadonlyMap<string, VerdictRecord>;
  /** The host's own choice; null: what the checklist preset says (off for anonymous groups). */
  emailVerificationChoice: boolean | null;
  emailRequest: EmailRequest;
  setEmailVerification: (on: boolean) => void;
  /** Asks Zoom for everyone's verified e-mail, with `reason` shown in the consent prompt. */
  verifyEmails: (reason: string) => Promise<void>;
  /** One answer (from the participantEmail event): judged at once, only the verdict kept and logged. */
  receiveEmailAnswer: (participantUUID: string, answer: EmailAnswer) => void;
  /** Gives everyone asked who never answered the verdict "no answer". */
  finishEmailRequest: () => void;
  /**
   * "Forget this person": drops these participants' verdicts. When the erasure took an entry out
   * of the roll (`from` → `to`), everyone else's verdict moves to the new roll: nobody else's
   * check lapses because someone was forgotten.
   */
  forgetVerdicts: (
    participantUUIDs: ReadonlySet<string>,
    from: LoadedRoll | null,
    to: LoadedRoll | null,
  ) => void;
}

type Reads = RollSlice & MeetingSlice & AttendanceSlice & ChecklistSlice & ConnectionSlice;

const IDLE: EmailRequest = { status: 'idle', askedAt: null, asked: [], problem: null };

/** Whether verification is on: the host's choice, else the preset's. */
export function selectEmailVerificationOn(
  state: Pick<IdentitySlice, 'emailVerificationChoice'> & Pick<ChecklistSlice, 'checklistPreset'>,
): boolean {
  return state.emailVerificationChoice ?? getPreset(state.checklistPreset).emailVerification;
}

/** Why "Verify e-mails" cannot run now (the order is the order the host can fix things in). */
export function selectVerifyBlocker(
  state: Pick<IdentitySlice, 'emailVerificationChoice'> &
    Pick<ChecklistSlice, 'checklistPreset'> &
    Pick<ConnectionSlice, 'connection'> &
    Pick<RollSlice, 'roll'>,
): VerifyBlocker {
  const info = state.connection.clientInfo;
  if (
    info &&
    (!versionAtLeast(info.clientVersion, EMAIL_MIN_CLIENT_VERSION) ||
      info.unsupportedApis.includes('getMeetingParticipantsEmail'))
  )
    return 'old-client';
  if (!selectEmailVerificationOn(state)) return 'off';
  if (!state.roll) return 'no-roll';
  if (!state.roll.entries.some((entry) => entry.email?.trim())) return 'no-roll-emails';
  return null;
}

export function createIdentitySlice(services: AppServices): SliceCreator<IdentitySlice, Reads> {
  return (set, get) => {
    const record = (participantUUID: string, verdict: IdentityVerdict, roll: LoadedRoll) => {
      const state = get();
      const person = state.roster.participants.get(participantUUID);
      const screenName = person?.screenName ?? '';
      const at = services.clock();
      const verdicts = new Map(state.identityVerdicts);
      verdicts.set(participantUUID, { verdict, screenName, roll, at });
      set({ identityVerdicts: verdicts });
      const event: AttendanceEvent = {
        kind: 'verification',
        at,
        reconstructed: false,
        participantUUID,
        screenName,
        rollId: verdict.kind === 'verified' ? verdict.rollId : null,
        verdict: loggedVerdict(verdict),
      };
      state.logAttendanceEvents([event]);
    };

    return {
      identityVerdicts: new Map(),

      forgetVerdicts: (participantUUIDs, from, to) => {
        const verdicts = new Map<string, VerdictRecord>();
        for (const [uuid, record] of get().identityVerdicts) {
          if (participantUUIDs.has(uuid)) continue;
          verdicts.set(uuid, from && to && record.roll === from ? { ...record, roll: to } : record);
        }
        set({ identityVerdicts: verdicts });
      },
      emailVerificationChoice: null,
      emailRequest: IDLE,

      setEmailVerification: (on) =>
        set(on ? { emailVerificationChoice: true } : { emailVerificationChoice: false }),

      verifyEmails: async (reason) => {
        const state = get();
        const client = services.client;
        const text = reason.trim().slice(0, MAX_REASON_LENGTH);
        if (selectVerifyBlocker(state) !== null || text === '') return;
        if (state.emailRequest.status === 'asking') return;
        if (!client) {
          set({ emailRequest: { ...IDLE, status: 'failed', problem: 'no-client' } });
          return;
        }
        const me = state.me?.participantUUID;
        const asked = [...state.roster.participants.values()]
          .filter((p) => p.location === 'meeting' && p.participantUUID !== me)
          .map((p) => p.participantUUID);
        // A new round: earlier verdicts stay until the new answers replace them.
        set({
          emailRequest: { status: 'asking', askedAt: services.clock(), asked, problem: null },
        });
        try {
          await services.limiter.run(() => client.requestEmails(text));
          set((now) => ({ emailRequest: { ...now.emailRequest, status: 'waiting' } }));
        } catch (error) {
          const problem: MeetingErrorKind = isMeetingError(error) ? error.kind : 'unknown';
          set({ emailRequest: { ...IDLE, status: 'failed', problem } });
        }
      },

      receiveEmailAnswer: (participantUUID, answer) => {
        const state = get();
        // Answers nobody asked for (a request from before a reload) are not judged.
        if (state.emailRequest.status !== 'waiting' && state.emailRequest.status !== 'asking')
          return;
        if (!selectEmailVerificationOn(state) || !state.roll) return;
        const match = selectNameMatchByUUID(state).get(participantUUID);
        record(participantUUID, judgeEmail(answer, match, state.roll.entries), state.roll);
      },

      finishEmailRequest: () => {
        const state = get();
        if (state.emailRequest.status !== 'waiting') return;
        const roll = state.roll;
        const askedAt = state.emailRequest.askedAt ?? 0;
        if (roll) {
          for (const uuid of state.emailRequest.asked) {
            const earlier = get().identityVerdicts.get(uuid);
            const present = get().roster.participants.get(uuid)?.location === 'meeting';
            if (present && (!earlier || earlier.at < askedAt))
              record(uuid, judgeEmail({ kind: 'no-answer' }, undefined, roll.entries), roll);
          }
        }
        set({ emailRequest: { ...get().emailRequest, status: 'idle' } });
      },
    };
  };
}

export const selectEmailRequest = (state: Pick<IdentitySlice, 'emailRequest'>): EmailRequest =>
  state.emailRequest;

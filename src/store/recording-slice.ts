import { getPreset } from '../domain/checklist/presets';
import type { CloudRecordingState } from '../zoom/meeting-client';
import { isMeetingError } from '../zoom/errors';
import type { AppState, SliceCreator } from './app-store';
import type { ChecklistSlice } from './checklist-slice';
import type { ConnectionProblem } from './connection-slice';
import type { AppServices } from './services';

/** What the recording controls are doing: a call in flight, or the last one's failure. */
export type RecordingWork =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'failed'; problem: ConnectionProblem };

export interface RecordingSlice {
  /** Cloud recording as Zoom reported it; null when unknown (not read yet, or not allowed to). */
  cloudRecording: CloudRecordingState | null;
  /** Participants whose local-recording permission Doorkeeper revoked in this meeting. */
  localRecordingRevoked: readonly string[];
  recordingWork: RecordingWork;
  /** A recording started in a preset that allows it: offer the consent line until dismissed. */
  consentOffer: boolean;
  setCloudRecording: (state: CloudRecordingState | null) => void;
  /** Stop the cloud recording (host's click); false when it could not be started. */
  stopCloudRecording: () => boolean;
  /** Revoke local recording for these people; false when it could not be started. */
  revokeLocalRecording: (participantUUIDs: readonly string[]) => boolean;
  dismissConsentOffer: () => void;
}

function problemOf(error: unknown): ConnectionProblem {
  return isMeetingError(error)
    ? { kind: error.kind, message: error.message }
    : { kind: 'unknown', message: String(error) };
}

/** Recording state and the host's recording actions (Zoom's cloudRecording, allowParticipantToRecord). */
export function createRecordingSlice(
  services: AppServices,
): SliceCreator<RecordingSlice, ChecklistSlice> {
  return (set, get) => ({
    cloudRecording: null,
    localRecordingRevoked: [],
    recordingWork: { kind: 'idle' },
    consentOffer: false,
    setCloudRecording: (cloudRecording) => {
      const before = get().cloudRecording;
      if (before === cloudRecording) return;
      // A recording that starts (not one we saw already running) in a preset that allows it.
      const starts =
        cloudRecording === 'started' && (before === 'stopped' || before === 'connecting');
      const allowed = getPreset(get().checklistPreset).recording !== 'forbidden';
      set({
        cloudRecording,
        consentOffer:
          starts && allowed ? true : cloudRecording === 'stopped' ? false : get().consentOffer,
      });
    },
    stopCloudRecording: () => {
      const client = services.client;
      if (!client || get().recordingWork.kind === 'pending') return false;
      set({ recordingWork: { kind: 'pending' } });
      services.limiter
        .run(() => client.cloudRecording('stop'), 'urgent')
        .then(
          // The onCloudRecording event confirms it; say so at once all the same.
          () => set({ recordingWork: { kind: 'idle' }, cloudRecording: 'stopped' }),
          (error: unknown) => set({ recordingWork: { kind: 'failed', problem: problemOf(error) } }),
        );
      return true;
    },
    revokeLocalRecording: (participantUUIDs) => {
      const client = services.client;
      if (!client || participantUUIDs.length === 0 || get().recordingWork.kind === 'pending')
        return false;
      set({ recordingWork: { kind: 'pending' } });
      const revoke = async (uuid: string): Promise<string | null> => {
        try {
          await services.limiter.run(() => client.setLocalRecordingAllowed(uuid, false));
          return uuid;
        } catch (error) {
          // Zoom's 10052: they had no permission, so there is nothing to revoke: that is the goal.
          if (isMeetingError(error) && error.kind === 'already-in-that-state') return uuid;
          throw error;
        }
      };
      void Promise.allSettled(participantUUIDs.map(revoke)).then((results) => {
        const done = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        const revoked = [...new Set([...get().localRecordingRevoked, ...done])];
        set({
          localRecordingRevoked: revoked,
          recordingWork: failed
            ? { kind: 'failed', problem: problemOf(failed.reason) }
            : { kind: 'idle' },
        });
      });
      return true;
    },
    dismissConsentOffer: () => set({ consentOffer: false }),
  });
}

export const selectCloudRecording = (state: AppState) => state.cloudRecording;
export const selectRecordingWork = (state: AppState) => state.recordingWork;
export const selectConsentOffer = (state: AppState) => state.consentOffer;
export const selectLocalRecordingRevoked = (state: AppState) => state.localRecordingRevoked;

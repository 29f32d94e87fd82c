import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  composeOpeningMessage,
  openingMessageLines,
  type AttendanceLogFact,
} from '../../domain/chat/opening-message';
import { getPreset } from '../../domain/checklist/presets';
import type { RecordingFact } from '../../domain/checklist/types';
import { translateMessage } from '../../i18n/message';
import type { AppState } from '../../store/app-store';
import { useAppStore } from '../../store/store-context';

// A paused or starting recording is a recording (as the checklist reads it).
function recordingFact(state: AppState): RecordingFact {
  if (state.cloudRecording === null) return 'unknown';
  return state.cloudRecording === 'stopped' ? 'not-recording' : 'recording';
}

// What participants should be told about the log is what actually happens to it in this panel.
function logKind(state: AppState): AttendanceLogFact['kind'] {
  if (state.attendance.phase === 'stopped') return 'off';
  return state.persistence.mode === 'memory' ? 'notSaved' : 'kept';
}

/**
 * The opening message as it stands: the host's own text when they edited it (kept with the roll),
 * else the preset's, in the panel's language and filled in with this meeting's live facts.
 */
export function useOpeningMessage() {
  const { t } = useTranslation();
  const inputs = useAppStore(
    useShallow((state) => ({
      preset: state.checklistPreset,
      recording: recordingFact(state),
      logKind: logKind(state),
      retentionDays: state.persistence.settings.retentionDays,
      edit: state.openingEdit,
      save: state.openingSave,
      rollName: state.persistence.savedRoll?.roll.name ?? null,
    })),
  );
  const log: AttendanceLogFact =
    inputs.logKind === 'kept'
      ? { kind: 'kept', retentionDays: inputs.retentionDays }
      : { kind: inputs.logKind };
  const presetText = composeOpeningMessage(
    openingMessageLines({ preset: inputs.preset, recording: inputs.recording, log }).map((line) =>
      translateMessage(t, line),
    ),
  );
  return {
    presetName: translateMessage(t, getPreset(inputs.preset).name),
    presetText,
    text: inputs.edit?.text ?? presetText,
    edit: inputs.edit,
    save: inputs.save,
    rollName: inputs.rollName,
  };
}

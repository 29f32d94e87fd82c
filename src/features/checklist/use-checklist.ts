import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { evaluateChecklist, getPreset, summarizeChecklist } from '../../domain/checklist';
import type { MeetingFacts } from '../../domain/checklist';
import { selectMatchByUUID } from '../../store/roll-selectors';
import { useAppStore } from '../../store/store-context';
import {
  autoLockDeadline,
  lockFact,
  participantFacts,
  recordingFact,
  waitingRoomFact,
} from './checklist-facts';
import { useMeetingClock } from './use-meeting-clock';

// Often enough for "the auto-lock locks the meeting in N minutes" to stay right to the minute.
const CLOCK_MS = 15_000;

/** The checklist for the chosen preset, evaluated live from the store. */
export function useChecklist() {
  const now = useMeetingClock(CLOCK_MS);
  const inputs = useAppStore(
    useShallow((state) => ({
      preset: state.checklistPreset,
      checked: state.checkedManualItems,
      waitingRoomEnabled: state.waitingRoomEnabled,
      lock: state.lock,
      meetingStartedAt: state.lockMeeting.startedAt,
      rollLoaded: state.roll !== null,
      participants: state.roster.participants,
      matches: selectMatchByUUID(state),
      cloudRecording: state.cloudRecording,
      localRecordingRevoked: state.localRecordingRevoked,
      topic: state.meetingInfo?.topic ?? null,
      joinUrl: state.joinUrl,
      clientVersion: state.connection.clientInfo?.clientVersion ?? null,
      meetingUUID: state.meetingInfo?.meetingUUID ?? null,
      meetingHistory: state.meetingHistory,
    })),
  );
  return useMemo(() => {
    const facts: MeetingFacts = {
      now,
      waitingRoom: waitingRoomFact(inputs.waitingRoomEnabled),
      lock: lockFact(inputs.lock),
      autoLockDeadline: autoLockDeadline(inputs.lock, now),
      meetingStartedAt: inputs.meetingStartedAt,
      recording: recordingFact(inputs.cloudRecording),
      localRecordingRevoked: inputs.localRecordingRevoked,
      topic: inputs.topic,
      joinUrl: inputs.joinUrl,
      clientVersion: inputs.clientVersion,
      meetingUUID: inputs.meetingUUID,
      meetingHistory: inputs.meetingHistory,
      rollLoaded: inputs.rollLoaded,
      participants: participantFacts(inputs.participants),
      matches: inputs.matches,
      confirmedManualItems: inputs.checked,
    };
    const items = evaluateChecklist(facts, inputs.preset);
    return { preset: getPreset(inputs.preset), items, summary: summarizeChecklist(items) };
  }, [now, inputs]);
}

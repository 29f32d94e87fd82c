import { getPreset } from '../checklist/presets';
import type { Message, PresetId, RecordingFact } from '../checklist/types';

export { checkOpeningText, OPENING_MESSAGE_MAX_LENGTH } from './opening-text';
export type { OpeningTextProblem } from './opening-text';

/*
 * The opening message a host reads out or posts at the start (issue 15): recording, the
 * attendance log and how long it is kept, confidentiality of what is said and written, and a
 * private place. Built as data ({ key, params }) so it comes out in the panel's language, and
 * built only from facts about the meeting: no display name, roll name or topic ever goes into it
 * (attackers choose their display names, and a topic may reveal what the group is about).
 */

/** What happens to the attendance log of this meeting, as the participants should be told. */
export type AttendanceLogFact =
  | { kind: 'kept'; retentionDays: number }
  /** Storage failed: the log lives in the panel's memory only and is gone when it closes. */
  | { kind: 'notSaved' }
  /** The host chose "Forget this meeting": nothing is logged. */
  | { kind: 'off' };

export interface OpeningFacts {
  preset: PresetId;
  recording: RecordingFact;
  log: AttendanceLogFact;
}

const INTRO: Readonly<Record<PresetId, string>> = {
  general: 'openingMessage.intro.general',
  'anonymous-support-group': 'openingMessage.intro.anonymousSupportGroup',
  'confidential-service': 'openingMessage.intro.confidentialService',
  'class-coaching': 'openingMessage.intro.classCoaching',
};

// Zoom tells an app about cloud recordings only, so no line claims that nobody records at all.
function recordingLine(preset: PresetId, recording: RecordingFact): Message {
  const forbidden = getPreset(preset).recording === 'forbidden';
  switch (recording) {
    case 'recording':
      return { key: 'openingMessage.recording.on' };
    case 'not-recording':
      return {
        key: forbidden ? 'openingMessage.recording.offForbidden' : 'openingMessage.recording.off',
      };
    case 'unknown':
      return {
        key: forbidden
          ? 'openingMessage.recording.unknownForbidden'
          : 'openingMessage.recording.unknown',
      };
  }
}

function logLine(log: AttendanceLogFact): Message {
  switch (log.kind) {
    case 'kept':
      return { key: 'openingMessage.log.kept', params: { count: log.retentionDays } };
    case 'notSaved':
      return { key: 'openingMessage.log.notSaved' };
    case 'off':
      return { key: 'openingMessage.log.off' };
  }
}

/**
 * The preset's opening message, line by line, filled in with the live recording state and the
 * attendance log's retention. Join the translated lines with `composeOpeningMessage`.
 */
export function openingMessageLines(facts: OpeningFacts): Message[] {
  return [
    { key: INTRO[facts.preset] },
    recordingLine(facts.preset, facts.recording),
    logLine(facts.log),
    { key: 'openingMessage.confidential' },
    { key: 'openingMessage.privatePlace' },
  ];
}

/** The translated lines as one message: one line each, as it appears in the chat. */
export function composeOpeningMessage(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

export type {
  AutoLockSpec,
  ChecklistItem,
  ChecklistItemId,
  Fix,
  GuidanceDocument,
  ItemStatus,
  LiveItemId,
  LockFact,
  LockMode,
  ManualItemId,
  MatchLookup,
  MeetingFacts,
  MeetingOccurrence,
  Message,
  ParticipantFact,
  ParticipantRole,
  Preset,
  PresetId,
  RecordingFact,
  RecordingPolicy,
  Severity,
  Surface,
  WaitingRoomFact,
  Where,
} from './types';
export type { ChecklistSummary } from './evaluate';
export {
  evaluateChecklist,
  fixLabel,
  severityLabel,
  statusLabel,
  summarizeChecklist,
  surfaceLabel,
} from './evaluate';
export { getPreset, GUIDANCE_DOCUMENTS, PRESET_IDS, PRESETS } from './presets';
export { MANUAL_ITEM_WHERE, isManualItemId } from './manual-items';

import type { GuidanceDocument, Preset, PresetId } from './types';

/*
 * The waiting room is critical everywhere because Doorkeeper's own lock is built on it: with the
 * waiting room off there is nothing to hold people in.
 */

const general: Preset = {
  id: 'general',
  name: { key: 'checklist.preset.general.name' },
  description: { key: 'checklist.preset.general.description' },
  items: [
    { id: 'waitingRoom', severity: 'critical' },
    { id: 'lock', severity: 'important' },
    { id: 'impostors', severity: 'critical' },
    { id: 'unknownPeople', severity: 'advisory' },
    { id: 'exposedContacts', severity: 'important' },
    { id: 'recording', severity: 'advisory' },
    { id: 'passcode', severity: 'important' },
    { id: 'screenSharing', severity: 'important' },
    { id: 'joinBeforeHost', severity: 'important' },
    { id: 'chat', severity: 'advisory' },
    { id: 'fileTransfer', severity: 'advisory' },
    { id: 'zoomLock', severity: 'advisory' },
    { id: 'joinLink', severity: 'advisory' },
    { id: 'sensitiveTopic', severity: 'advisory' },
    { id: 'clientVersion', severity: 'advisory' },
    { id: 'meetingReuse', severity: 'advisory' },
  ],
  lock: { mode: 'all', autoLockMinutes: null },
  privacyRenames: false,
  recording: 'allowed',
  documents: ['uk-cabinet-office-gds-guidance'],
  participantScreenSharing: false,
  initialsOnlyExport: false,
  rollNameRenames: true,
  emailVerification: true,
};

// Newcomers are normal in a support group, so unknown people are a prompt to greet, not a failure;
// what must never happen is a recording, an exposed identity or a troll sharing their screen.
const anonymousSupportGroup: Preset = {
  id: 'anonymous-support-group',
  name: { key: 'checklist.preset.anonymous-support-group.name' },
  description: { key: 'checklist.preset.anonymous-support-group.description' },
  items: [
    { id: 'waitingRoom', severity: 'critical' },
    { id: 'lock', severity: 'critical' },
    { id: 'recording', severity: 'critical' },
    { id: 'localRecording', severity: 'important' },
    { id: 'impostors', severity: 'critical' },
    { id: 'unknownPeople', severity: 'important' },
    { id: 'exposedContacts', severity: 'critical' },
    { id: 'privacyNames', severity: 'important' },
    { id: 'noRecording', severity: 'critical' },
    { id: 'namesNotEmails', severity: 'important' },
    { id: 'screenSharing', severity: 'critical' },
    { id: 'passcode', severity: 'important' },
    { id: 'chat', severity: 'important' },
    { id: 'joinBeforeHost', severity: 'important' },
    { id: 'fileTransfer', severity: 'important' },
    // The ministry's settings prescribe Zoom's own lock, and Doorkeeper's ends with the panel.
    { id: 'zoomLock', severity: 'critical' },
    { id: 'joinLink', severity: 'important' },
    { id: 'sensitiveTopic', severity: 'important' },
    { id: 'clientVersion', severity: 'advisory' },
    { id: 'meetingReuse', severity: 'advisory' },
  ],
  lock: { mode: 'rollOnly', autoLockMinutes: 10 },
  privacyRenames: true,
  recording: 'forbidden',
  documents: ['recovery-ministry-zoom-settings'],
  participantScreenSharing: false,
  initialsOnlyExport: true,
  rollNameRenames: false,
  emailVerification: false,
};

// Everyone expected is known in advance, so anyone not on the roll is a failure, and a full lock
// (nobody admitted without a click) fits better than roll-only.
const confidentialService: Preset = {
  id: 'confidential-service',
  name: { key: 'checklist.preset.confidential-service.name' },
  description: { key: 'checklist.preset.confidential-service.description', params: { minutes: 5 } },
  items: [
    { id: 'waitingRoom', severity: 'critical' },
    { id: 'lock', severity: 'critical' },
    { id: 'unknownPeople', severity: 'critical' },
    { id: 'impostors', severity: 'critical' },
    { id: 'recording', severity: 'important' },
    { id: 'exposedContacts', severity: 'important' },
    { id: 'passcode', severity: 'critical' },
    { id: 'joinBeforeHost', severity: 'critical' },
    { id: 'screenSharing', severity: 'important' },
    { id: 'fileTransfer', severity: 'important' },
    { id: 'zoomLock', severity: 'important' },
    { id: 'chat', severity: 'advisory' },
    { id: 'joinLink', severity: 'important' },
    { id: 'sensitiveTopic', severity: 'important' },
    { id: 'clientVersion', severity: 'advisory' },
    // One-off confidential appointments should each have their own meeting ID.
    { id: 'meetingReuse', severity: 'important' },
  ],
  lock: { mode: 'all', autoLockMinutes: 5 },
  privacyRenames: false,
  recording: 'discouraged',
  documents: ['hiv-sexual-health-charity-guide'],
  participantScreenSharing: false,
  initialsOnlyExport: false,
  rollNameRenames: true,
  emailVerification: true,
};

// Late students on the roll should get in on their own (roll-only), strangers should not. The
// coaching protocol says "we do not record" and lets participants share their screens (issue 15),
// so recording is forbidden here and host-only sharing is not asked for.
const classCoaching: Preset = {
  id: 'class-coaching',
  name: { key: 'checklist.preset.class-coaching.name' },
  description: { key: 'checklist.preset.class-coaching.description', params: { minutes: 10 } },
  items: [
    { id: 'waitingRoom', severity: 'critical' },
    { id: 'lock', severity: 'important' },
    { id: 'impostors', severity: 'critical' },
    { id: 'unknownPeople', severity: 'important' },
    { id: 'exposedContacts', severity: 'important' },
    { id: 'recording', severity: 'critical' },
    { id: 'localRecording', severity: 'important' },
    { id: 'noRecording', severity: 'important' },
    { id: 'passcode', severity: 'important' },
    { id: 'joinBeforeHost', severity: 'important' },
    { id: 'chat', severity: 'advisory' },
    { id: 'fileTransfer', severity: 'advisory' },
    { id: 'zoomLock', severity: 'advisory' },
    { id: 'joinLink', severity: 'advisory' },
    { id: 'sensitiveTopic', severity: 'advisory' },
    { id: 'clientVersion', severity: 'advisory' },
    { id: 'meetingReuse', severity: 'advisory' },
  ],
  lock: { mode: 'rollOnly', autoLockMinutes: 10 },
  privacyRenames: false,
  recording: 'forbidden',
  documents: ['coaching-firm-session-protocol', 'university-privacy-notes'],
  participantScreenSharing: true,
  initialsOnlyExport: false,
  rollNameRenames: true,
  emailVerification: true,
};

/** The five guidance documents, in the order issue 15 lists them. */
export const GUIDANCE_DOCUMENTS: readonly GuidanceDocument[] = [
  'recovery-ministry-zoom-settings',
  'hiv-sexual-health-charity-guide',
  'uk-cabinet-office-gds-guidance',
  'university-privacy-notes',
  'coaching-firm-session-protocol',
];

/** Every preset by id; `general` is the default before the host picks one. */
export const PRESETS: Readonly<Record<PresetId, Preset>> = {
  general,
  'anonymous-support-group': anonymousSupportGroup,
  'confidential-service': confidentialService,
  'class-coaching': classCoaching,
};

/** Preset ids in the order a picker should list them. */
export const PRESET_IDS: readonly PresetId[] = [
  'general',
  'anonymous-support-group',
  'confidential-service',
  'class-coaching',
];

/** The preset with this id. */
export function getPreset(id: PresetId): Preset {
  return PRESETS[id];
}

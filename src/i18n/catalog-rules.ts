import type { DynamicKeyPattern } from './catalog-check';
import type { SupportedLanguage } from './languages';

/*
 * The rules catalogs.test.ts applies that cannot be read from the code. Edit them here, with a
 * reason: a key pattern that is no longer built fails the test, so this list cannot rot.
 */

/**
 * Keys built at run time from a value (a status, a kind). A template literal with exactly this
 * shape must exist in the product's code; `*` stands for one dotted segment.
 */
export const DYNAMIC_KEY_PATTERNS: readonly DynamicKeyPattern[] = [
  {
    pattern: 'errors.*',
    why: 'a MeetingErrorKind: error screen, connection badge, action problems',
  },
  { pattern: 'roster.role.*', why: 'a participant role (role-badge.tsx)' },
  { pattern: 'checklistView.document.*', why: 'a preset’s guidance document (preset-picker.tsx)' },
  { pattern: 'recording.status.*', why: 'a cloud recording state (recording-banner.tsx)' },
  {
    pattern: 'checklist.*.title',
    why: 'each checklist item’s title (domain/checklist/evaluate.ts)',
  },
  { pattern: 'checklist.*.text', why: 'each manual checklist item’s text (evaluate.ts)' },
  { pattern: 'checklist.fix.*', why: 'a fix kind (evaluate.ts fixLabel)' },
  { pattern: 'checklist.status.*', why: 'an item status (evaluate.ts statusLabel)' },
  { pattern: 'checklist.severity.*', why: 'a severity (evaluate.ts severityLabel)' },
  { pattern: 'checklist.surface.*', why: 'where a Zoom setting lives (evaluate.ts surfaceLabel)' },
  { pattern: 'actions.done.*', why: 'a finished batch’s kind (actions/use-batch-summary.ts)' },
  {
    pattern: 'actions.pending.*',
    why: 'an action kind in progress (use-batch-summary, row-actions)',
  },
  { pattern: 'actions.itemStatus.*', why: 'one person’s action status (action-result-list.tsx)' },
  { pattern: 'actions.problems.*', why: 'a store refusal kind (actions/problem-text.ts)' },
  { pattern: 'actions.reasons.*', why: 'a failure kind in a summary (actions/problem-text.ts)' },
  { pattern: 'attendance.log.*', why: 'an attendance event kind (attendance/event-log.tsx)' },
  { pattern: 'attendance.log.by.*', why: 'who caused an event (attendance/event-log.tsx)' },
  {
    pattern: 'identity.badge.*',
    why: 'an e-mail verdict on a roster row (identity/row-identity.tsx)',
  },
  {
    pattern: 'identity.blocked.*',
    why: 'why "Verify e-mails" is disabled (identity/verify-emails-toolbar.tsx)',
  },
  { pattern: 'identity.verdict.*', why: 'a logged e-mail verdict (attendance/event-log.tsx)' },
  {
    pattern: 'registrations.status.*',
    why: 'a registrations load in progress (registrations/load-registrations.tsx)',
  },
  {
    pattern: 'registrations.problem.*',
    why: 'why registrations did not load (registrations/load-registrations.tsx)',
  },
  {
    pattern: 'attendance.status.*',
    why: 'a roll entry’s attendance status (attendance-times.tsx)',
  },
  { pattern: 'exports.column.*', why: 'an export column header (attendance/export-labels.ts)' },
  { pattern: 'exports.section.*', why: 'an export row section (attendance/export-labels.ts)' },
  { pattern: 'exports.status.*', why: 'an export attendance status (attendance/export-labels.ts)' },
  { pattern: 'exports.flag.*', why: 'an export yes/no/unknown cell (attendance/export-labels.ts)' },
  { pattern: 'exports.by.*', why: 'who caused a logged event (attendance/export-labels.ts)' },
  {
    pattern: 'exports.event.*',
    why: 'an event kind in the log export (attendance/export-labels.ts)',
  },
  {
    pattern: 'exports.privacy.*',
    why: 'an export privacy choice (attendance/export-controls.tsx)',
  },
  { pattern: 'lock.form.*', why: 'why the auto-lock refused a time (lock/auto-lock-dialog.tsx)' },
  { pattern: 'roll.filter.*', why: 'a roll list filter (roll/roll-filter.tsx)' },
  { pattern: 'roll.flag.*', why: 'a match flag (roll/row-match.tsx)' },
  { pattern: 'roll.match.*', why: 'a match confidence (roll/confidence-badge.tsx)' },
  { pattern: 'roll.reason.*', why: 'a match reason code (roll/describe-match.ts)' },
  { pattern: 'roll.preview.role.*', why: 'a detected column role (column-summary, preview-table)' },
  { pattern: 'roll.status.*', why: 'a roll entry’s presence (roll/roll-entry-row.tsx)' },
  { pattern: 'settings.*.done', why: 'which deletion finished (settings/data-controls.tsx)' },
  { pattern: 'storage.problem.*', why: 'a storage problem kind (settings-panel, storage-banner)' },
  { pattern: 'rollImport.error.*', why: 'a roll import error (domain/roll/messages.ts)' },
  {
    pattern: 'rollImport.hint.*',
    why: 'what to do with an unreadable file (domain/roll/messages.ts)',
  },
  { pattern: 'rollImport.warning.*', why: 'a roll import warning (domain/roll/messages.ts)' },
  { pattern: 'rollImport.format.*', why: 'an unreadable file’s format (roll/roll-message.tsx)' },
  { pattern: 'waitingGroups.*', why: 'a waiting-room group id (roster/waiting-room-section.tsx)' },
];

/**
 * Keys whose translation may read exactly as the English does: the product's name, and words these
 * languages use as they are (German and French say "Pause" and "Chat"; Zoom's own German and
 * Indonesian menus say "Host"). Zoom has no Filipino interface, so there the menu paths of the
 * checklist stay in English, as the host sees them in Zoom; Indonesian uses Zoom's Indonesian words
 * (glossary/id.json). Plural keys are listed by
 * their base ("attendance.minutes").
 */
export const SAME_AS_ENGLISH: Readonly<
  Record<Exclude<SupportedLanguage, 'en'>, ReadonlySet<string>>
> = {
  fil: new Set([
    'exports.by.panel',
    'exports.xlsx',
    'exports.column.email',
    'exports.column.screenName',
    'app.name',
    'connection.ready',
    'roster.waitingRoom',
    'roster.role.host',
    'roster.role.coHost',
    'roster.role.panelist',
    'actions.waitingRoomSwitch',
    'lock.autoLock',
    'lock.countdown.extend',
    'lock.form.title',
    'roll.preview.columnNumber',
    'roll.preview.role.status',
    'roll.flag.bot',
    'roll.flag.device',
    'attendance.minutes',
    'attendance.devices',
    'settings.privacyTitle',
    'checklist.waitingRoom.title',
    'checklist.lock.title',
    'checklist.recording.title',
    'checklist.passcode.title',
    'checklist.chat.title',
    'checklist.where.passcode',
    'checklist.where.screenSharing.webPortal',
    'checklist.where.zoomLock',
  ]),
  fr: new Set([
    'exports.by.panel',
    'exports.column.section',
    'exports.column.email',
    'exports.column.participant',
    'exports.status.absent',
    'app.name',
    'lock.countdown.extend',
    'lock.countdown.pause',
    'lock.form.minutes',
    'lock.form.warnLeadMinutes',
    'roll.preview.role.email',
    'roll.status.absent',
    'attendance.status.absent',
    'attendance.minutes',
    'checklist.status.ok',
    'checklist.severity.important',
  ]),
  de: new Set([
    'exports.by.panel',
    'exports.column.name',
    'exports.column.status',
    'app.name',
    'connection.ready',
    'roster.role.host',
    'actions.details',
    'lock.countdown.pause',
    'roll.preview.role.name',
    'roll.preview.role.status',
    'roll.flag.bot',
    'checklist.status.ok',
    'checklist.status.fail',
    'checklist.chat.title',
  ]),
  id: new Set([
    'exports.by.panel',
    'exports.column.status',
    'app.name',
    'roster.role.host',
    'roster.role.coHost',
    'roll.preview.role.status',
    'roll.flag.bot',
  ]),
  ja: new Set(['exports.by.panel', 'app.name', 'checklist.status.ok']),
  es: new Set([
    'exports.by.panel',
    'exports.flag.no',
    'app.name',
    'lock.countdown.extend',
    'roll.flag.bot',
    'attendance.minutes',
    'checklist.chat.title',
  ]),
};

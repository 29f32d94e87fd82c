import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import { LiveAnnouncer } from '../features/a11y';
import { ActionSummary } from '../features/actions/action-summary';
import { BulkActions } from '../features/actions/bulk-actions';
import { RowActions } from '../features/actions/row-actions';
import { AttendancePanel } from '../features/attendance/attendance-panel';
import { ChecklistView } from '../features/checklist';
import { IdentitySettings, RowIdentity, VerifyEmailsToolbar } from '../features/identity';
import { LoadRegistrations } from '../features/registrations';
import { CountdownBanner } from '../features/lock/countdown-banner';
import { HeldBadge } from '../features/lock/held-badge';
import { LockBanner } from '../features/lock/lock-banner';
import { LockToolbar } from '../features/lock/lock-toolbar';
import { MeetingLimitsNotice } from '../features/meeting-limits/meeting-limits-notice';
import { RecordingBanner } from '../features/recording/recording-banner';
import { RollToolbar, RollView, RowMatch } from '../features/roll';
import { RollCallButton } from '../features/roll-call/roll-call-button';
import { RollCallList } from '../features/roll-call/roll-call-list';
import { selectRollCall } from '../store/roll-call-slice';
import { useAppStore } from '../store/store-context';
import { PreferencesSection } from '../features/preferences';
import { RosterPanel } from '../features/roster/roster-panel';
import type { RowAddon } from '../features/roster/participant-row';
import { SettingsPanel } from '../features/settings/settings-panel';
import { StorageBanner } from '../features/settings/storage-banner';
import { ConsentOffer } from '../features/words/consent-offer';

/*
 * Where features plug into the panel. A feature lives in its own folder (src/features/<name>/)
 * and adds one entry here; nothing else in the shell changes.
 */

/** Pieces at the end of every roster row, in order (match badges, row actions). */
export const rosterRowAddons: readonly RowAddon[] = [RowMatch, RowIdentity, HeldBadge, RowActions];

/** Banners and indicators under the header bar (lock banner, countdown). Rendered in every state. */
export const headerAddons: readonly ComponentType[] = [
  LiveAnnouncer,
  RecordingBanner,
  ConsentOffer,
  LockBanner,
  MeetingLimitsNotice,
  CountdownBanner,
  StorageBanner,
];

/** Controls between the header and the views while the panel is live (Import roll, bulk actions). */
export const toolbarAddons: readonly ComponentType[] = [
  RollToolbar,
  LockToolbar,
  RollCallButton,
  BulkActions,
  VerifyEmailsToolbar,
  LoadRegistrations,
  ActionSummary,
];

/** Sections at the top of the settings tab, before its own (theme and language). */
export const settingsSections: readonly ComponentType[] = [PreferencesSection, IdentitySettings];

export interface PanelView {
  id: string;
  label: (t: TFunction) => string;
  Component: ComponentType;
}

function RosterView() {
  return <RosterPanel rowAddons={rosterRowAddons} />;
}

/** The Roll tab: the call-out list while a roll call runs, the roll's overview otherwise. */
function RollTab() {
  return useAppStore(selectRollCall) ? <RollCallList /> : <RollView />;
}

function SettingsView() {
  return <SettingsPanel sections={settingsSections} />;
}

/** The panel's views; with more than one, a tab bar appears (roster, attendance, checklist, settings). */
export const panelViews: readonly PanelView[] = [
  { id: 'roster', label: (t) => t('views.roster'), Component: RosterView },
  { id: 'roll', label: (t) => t('views.roll'), Component: RollTab },
  { id: 'attendance', label: (t) => t('views.attendance'), Component: AttendancePanel },
  { id: 'checklist', label: (t) => t('views.checklist'), Component: ChecklistView },
  { id: 'settings', label: (t) => t('views.settings'), Component: SettingsView },
];

import { lazy } from 'react';
import type { ComponentProps, ComponentType } from 'react';
import type { TFunction } from 'i18next';
import { LiveAnnouncer } from '../features/a11y';
import { deferred } from '../components/ui/deferred';
import { withLaterStrings } from '../i18n/later-strings';
import { ActionSummary } from '../features/actions/action-summary';
import { AdmitRollButton } from '../features/actions/admit-roll-button';
import { RowActions } from '../features/actions/row-actions';
import { ForgetHost } from '../features/erasure/forget-host';
import { CountdownBanner } from '../features/lock/countdown-banner';
import { RowIdentity } from '../features/identity/row-identity';
import { HeldBadge } from '../features/lock/held-badge';
import { HeldMoves } from '../features/lock/held-moves';
import { LockBanner } from '../features/lock/lock-banner';
import { LockNowButton } from '../features/lock/lock-toolbar';
import { MeetingLimitsNotice } from '../features/meeting-limits/meeting-limits-notice';
import { RollMenu, RollToolbar } from '../features/roll/roll-toolbar';
import { RowClaim } from '../features/roll/row-claim';
import { RowMatch } from '../features/roll/row-match';
import { ImpostorAlert } from '../features/roster/impostor-alert';
import { RecordingBanner } from '../features/recording/recording-banner';
import { selectRollCall } from '../store/roll-call-slice';
import { useAppStore } from '../store/store-context';
import { RosterPanel } from '../features/roster/roster-panel';
import { WaitingSummary } from '../features/roster/waiting-summary';
import type { RowAddon } from '../features/roster/participant-row';
import { StorageBanner } from '../features/settings/storage-banner';
import { ConsentOffer } from '../features/words/consent-offer';
import type { ChecklistItemAddon } from '../features/checklist/checklist-item';
import type { ViewIcon } from './view-icons';

/*
 * Where features plug into the panel. A feature lives in its own folder (src/features/<name>/)
 * and adds one entry here; nothing else in the shell changes.
 */

/** Badges after every roster row's name, in order (the match, the verified e-mail, the lock's verdict). */
export const rosterRowAddons: readonly RowAddon[] = [RowMatch, RowIdentity, HeldBadge];

/** The second line of a waiting row that needs it: who moved a held person back, whom a flagged one claims. */
export const rosterRowDetails: readonly RowAddon[] = [HeldMoves, RowClaim];

/** At the end of every roster row, always in view (Admit, More). */
export const rosterRowActions: readonly RowAddon[] = [RowActions];

/** In the header's one line, after the meeting and its live status (the auto-lock countdown). */
export const headerLineAddons: readonly ComponentType[] = [CountdownBanner];

// The screen-sharing alert is not needed to paint the roster: it is fetched right after the first
// paint (preloadDeferred), with the deferred dialogs, so a share that starts later alerts at once
// (one already under way shows when the chunk arrives). Its words are in the roster's English, so
// it never waits for the later English. While nobody shares it is not even mounted, so the header
// drawn before the roster (while Doorkeeper talks to Zoom) does not fetch it either.
const ShareAlertBody = deferred(() =>
  import('../features/sharing/share-alert').then((m) => m.ShareAlert),
);

function ShareAlert() {
  return useAppStore((state) => state.sharers.size > 0) ? <ShareAlertBody /> : null;
}

/** Under the header's line, in every state: they decide for themselves when to show. */
export const headerAddons: readonly ComponentType[] = [
  LiveAnnouncer,
  ImpostorAlert,
  ShareAlert,
  RecordingBanner,
  ConsentOffer,
  LockBanner,
  MeetingLimitsNotice,
  StorageBanner,
];

/** The toolbar's one row of primary actions while the panel is live. */
export const toolbarAddons: readonly ComponentType[] = [
  AdmitRollButton,
  LockNowButton,
  RollToolbar,
];

/**
 * Everything else, in the toolbar's "More" panel. It opens by a click, so its entries are not
 * needed to paint the roster: each is a deferred chunk, fetched right after the first paint with
 * its words (RollMenu shares its module with the toolbar's roll button: it is in the first load).
 */
export const toolbarMenuAddons: readonly ComponentType[] = [
  RollMenu,
  ...[
    () => import('../features/lock/lock-menu').then((m) => m.LockToolbar),
    () => import('../features/roll-call/roll-call-button').then((m) => m.RollCallButton),
    () => import('../features/actions/bulk-actions').then((m) => m.BulkActions),
    () => import('../features/identity/verify-emails-toolbar').then((m) => m.VerifyEmailsToolbar),
    () => import('../features/registrations/load-registrations').then((m) => m.LoadRegistrations),
  ].map((load) => deferred<object>(withLaterStrings(load))),
];

/** One line under the toolbar: the latest action's result. */
export const toolbarStatusAddons: readonly ComponentType[] = [ActionSummary, ForgetHost];

// Only the checklist view (itself lazy) shows the rename request: it loads after the first paint,
// with its words (late/views.en.json).
const RenameRequest = deferred<ComponentProps<ChecklistItemAddon>>(
  withLaterStrings(() => import('../features/words/rename-request').then((m) => m.RenameRequest)),
);

/** Under the checklist's live items: each decides from the item whether to show. */
export const checklistItemAddons: readonly ChecklistItemAddon[] = [RenameRequest];

// The settings tab's sections are not needed to paint the roster: each is its own chunk, fetched
// with the tab's (SettingsPanel below), so the tab opens in one round of fetching. Features add
// their section here.
const settingsSectionLoaders: ReadonlyArray<() => Promise<ComponentType>> = [
  () => import('../features/preferences/preferences-section').then((m) => m.PreferencesSection),
  () => import('../features/identity/identity-settings').then((m) => m.IdentitySettings),
];

/** Sections at the top of the settings tab, before its own (theme and language). */
export const settingsSections: readonly ComponentType[] = settingsSectionLoaders.map((load) =>
  lazy(() => load().then((Section) => ({ default: Section }))),
);

export interface PanelView {
  id: string;
  label: (t: TFunction) => string;
  icon?: ViewIcon;
  /** A count beside the tab's label (how many wait, on the roster's tab). */
  Badge?: ComponentType;
  Component: ComponentType;
}

function RosterView() {
  return (
    <RosterPanel
      rowAddons={rosterRowAddons}
      rowActions={rosterRowActions}
      rowDetails={rosterRowDetails}
    />
  );
}

// Views a host opens now and then load when first opened, keeping them off the first paint; each
// waits for the English the roster does not need (checklist, importer) too.
const AttendanceView = lazy(
  withLaterStrings(() =>
    import('../features/attendance/attendance-panel').then((m) => ({ default: m.AttendancePanel })),
  ),
);
const ChecklistPanel = lazy(
  withLaterStrings(() =>
    import('../features/checklist').then((m) => ({ default: m.ChecklistView })),
  ),
);
const OpeningMessage = lazy(
  withLaterStrings(() =>
    import('../features/words/opening-message').then((m) => ({ default: m.OpeningMessage })),
  ),
);
const RollView = lazy(
  withLaterStrings(() =>
    import('../features/roll/roll-view').then((m) => ({ default: m.RollView })),
  ),
);
const SettingsPanel = lazy(
  withLaterStrings(() =>
    Promise.all([
      import('../features/settings/settings-panel'),
      ...settingsSectionLoaders.map((load) => load()),
    ]).then(([m]) => ({ default: m.SettingsPanel })),
  ),
);
const RollCallList = lazy(
  withLaterStrings(() =>
    import('../features/roll-call/roll-call-list').then((m) => ({ default: m.RollCallList })),
  ),
);

/** The Roll tab: the call-out list while a roll call runs, the roll's overview otherwise. */
function RollTab() {
  return useAppStore(selectRollCall) ? <RollCallList /> : <RollView />;
}

/** Sections after the checklist in "Check this meeting". */
export const checklistSections: readonly ComponentType[] = [OpeningMessage];

function ChecklistView() {
  return <ChecklistPanel itemAddons={checklistItemAddons} sections={checklistSections} />;
}

function SettingsView() {
  return <SettingsPanel sections={settingsSections} />;
}

/** The panel's views; with more than one, a tab bar appears (roster, attendance, checklist, settings). */
export const panelViews: readonly PanelView[] = [
  {
    id: 'roster',
    label: (t) => t('views.roster'),
    icon: 'roster',
    Badge: WaitingSummary,
    Component: RosterView,
  },
  { id: 'roll', label: (t) => t('views.roll'), icon: 'roll', Component: RollTab },
  {
    id: 'attendance',
    label: (t) => t('views.attendance'),
    icon: 'attendance',
    Component: AttendanceView,
  },
  {
    id: 'checklist',
    label: (t) => t('views.checklist'),
    icon: 'checklist',
    Component: ChecklistView,
  },
  { id: 'settings', label: (t) => t('views.settings'), icon: 'settings', Component: SettingsView },
];

import { lazy } from 'react';
import type { ComponentProps, ComponentType } from 'react';
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
import type { RowAddon } from '../features/roster/participant-row';
import { StorageBanner } from '../features/settings/storage-banner';
import { ConsentOffer } from '../features/words/consent-offer';
import type { ChecklistItemAddon } from '../features/checklist/checklist-item';
import { ShareAlertSlot } from './share-alert-slot';

/*
 * Where features plug into the panel. A feature lives in its own folder (src/features/<name>/)
 * and adds one entry here (a tab: in panel-views.ts); nothing else in the shell changes.
 */

/** Badges after every roster row's name, in order (the match, the verified e-mail, the lock's verdict). */
export const rosterRowAddons: readonly RowAddon[] = [RowMatch, RowIdentity, HeldBadge];

/** The second line of a waiting row that needs it: who moved a held person back, whom a flagged one claims. */
export const rosterRowDetails: readonly RowAddon[] = [HeldMoves, RowClaim];

/** At the end of every roster row, always in view (Admit, More). */
export const rosterRowActions: readonly RowAddon[] = [RowActions];

/** In the header's one line, after the meeting and its live status (the auto-lock countdown). */
export const headerLineAddons: readonly ComponentType[] = [CountdownBanner];

/** Under the header's line, in every state: they decide for themselves when to show. */
export const headerAddons: readonly ComponentType[] = [
  LiveAnnouncer,
  ImpostorAlert,
  ShareAlertSlot,
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
// with the tab's (views/settings-view.tsx), so the tab opens in one round of fetching. Features add
// their section here.
export const settingsSectionLoaders: ReadonlyArray<() => Promise<ComponentType>> = [
  () => import('../features/preferences/preferences-section').then((m) => m.PreferencesSection),
  () => import('../features/identity/identity-settings').then((m) => m.IdentitySettings),
];

/** Sections at the top of the settings tab, before its own (theme and language). */
export const settingsSections: readonly ComponentType[] = settingsSectionLoaders.map((load) =>
  lazy(() => load().then((Section) => ({ default: Section }))),
);

// Only the checklist view (itself lazy) shows the opening message's editor: it loads when the
// view first opens, with its words.
const OpeningMessage = lazy(
  withLaterStrings(() =>
    import('../features/words/opening-message').then((m) => ({ default: m.OpeningMessage })),
  ),
);

/** Sections after the checklist in "Check this meeting". */
export const checklistSections: readonly ComponentType[] = [OpeningMessage];

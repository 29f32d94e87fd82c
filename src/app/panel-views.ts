import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import { withLaterStrings } from '../i18n/later-strings';
import { WaitingSummary } from '../features/roster/waiting-summary';
import type { ViewIcon } from './view-icons';
import { ChecklistView } from './views/checklist-view';
import { RollTab } from './views/roll-tab';
import { RosterView } from './views/roster-view';
import { SettingsView } from './views/settings-view';

export interface PanelView {
  id: string;
  label: (t: TFunction) => string;
  icon?: ViewIcon;
  /** A count beside the tab's label (how many wait, on the roster's tab). */
  Badge?: ComponentType;
  Component: ComponentType;
}

// Views a host opens now and then load when first opened, keeping them off the first paint; each
// waits for the English the roster does not need (checklist, importer) too.
const AttendanceView = lazy(
  withLaterStrings(() =>
    import('../features/attendance/attendance-panel').then((m) => ({ default: m.AttendancePanel })),
  ),
);

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

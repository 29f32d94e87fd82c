import { lazy } from 'react';
import { withLaterStrings } from '../../i18n/later-strings';
import { settingsSectionLoaders, settingsSections } from '../composition';

// Loaded when first opened, with its sections' chunks, so the tab opens in one round of fetching.
const SettingsPanel = lazy(
  withLaterStrings(() =>
    Promise.all([
      import('../../features/settings/settings-panel'),
      ...settingsSectionLoaders.map((load) => load()),
    ]).then(([m]) => ({ default: m.SettingsPanel })),
  ),
);

/** The settings tab: the sections features add, then its own. */
export function SettingsView() {
  return <SettingsPanel sections={settingsSections} />;
}

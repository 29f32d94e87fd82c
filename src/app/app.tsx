import { I18nextProvider } from 'react-i18next';
import type { I18n } from '../i18n/i18n';
import { RowTranslationProvider } from '../i18n/row-translation';
import type { AppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/store-context';
import { AppShell } from './app-shell';
import { RootBoundary } from './crash-boundaries';
import { panelViews } from './panel-views';
import type { PanelView } from './panel-views';

export interface AppProps {
  store: AppStore;
  i18n: I18n;
  /** The live panel's views (tests may pass their own). */
  views?: readonly PanelView[];
}

/** The Doorkeeper panel. The store is fed by bootstrap(); nothing in here talks to Zoom. */
export function App({ store, i18n, views = panelViews }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <RowTranslationProvider>
        <AppStoreProvider store={store}>
          <RootBoundary>
            <AppShell views={views} />
          </RootBoundary>
        </AppStoreProvider>
      </RowTranslationProvider>
    </I18nextProvider>
  );
}

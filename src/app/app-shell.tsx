import { useTranslation } from 'react-i18next';
import { DisclosureMenu } from '../components/ui/disclosure-menu';
import { useAppStore } from '../store/store-context';
import { selectStatus } from '../store/selectors';
import { AppHeader } from './app-header';
import { toolbarAddons, toolbarMenuAddons, toolbarStatusAddons } from './composition';
import type { PanelView } from './panel-views';
import { AttendeeScreen } from './screens/attendee-screen';
import { ErrorScreen } from './screens/error-screen';
import { LoadingScreen } from './screens/loading-screen';
import { NotInZoomScreen } from './screens/not-in-zoom-screen';
import { PartBoundary } from './crash-boundaries';
import { useDocumentPreferences } from './use-document-preferences';
import { ViewTabs } from './view-tabs';

/**
 * The panel's frame: the header, then the screen for the connection state or the live views,
 * under one row of primary actions (the rest behind "More") and the latest result's line.
 */
export function AppShell({ views }: { views: readonly PanelView[] }) {
  const { t } = useTranslation();
  useDocumentPreferences();
  const status = useAppStore(selectStatus);
  return (
    <div className="app">
      <AppHeader />
      <main className="app__main">
        {status === 'loading' ? <LoadingScreen /> : null}
        {status === 'error' ? <ErrorScreen /> : null}
        {status === 'not-in-zoom' ? <NotInZoomScreen /> : null}
        {status === 'attendee' ? <AttendeeScreen /> : null}
        {status === 'ready' ? (
          <>
            <div className="app__toolbar">
              {toolbarAddons.map((Addon, index) => (
                <PartBoundary key={index}>
                  <Addon />
                </PartBoundary>
              ))}
              {toolbarMenuAddons.length > 0 ? (
                <DisclosureMenu label={t('toolbar.more')} className="app__more">
                  {toolbarMenuAddons.map((Addon, index) => (
                    <PartBoundary key={index}>
                      <Addon />
                    </PartBoundary>
                  ))}
                </DisclosureMenu>
              ) : null}
            </div>
            {toolbarStatusAddons.map((Addon, index) => (
              <PartBoundary key={index}>
                <Addon />
              </PartBoundary>
            ))}
            <ViewTabs views={views} />
          </>
        ) : null}
      </main>
    </div>
  );
}

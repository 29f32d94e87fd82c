import { useTranslation } from 'react-i18next';
import { WaitingSummary } from '../features/roster/waiting-summary';
import { useAppStore } from '../store/store-context';
import { selectMeetingInfo, selectStatus } from '../store/selectors';
import { headerAddons } from './composition';
import { ConnectionBadge } from './connection-badge';
import { PartBoundary } from './crash-boundaries';

/**
 * App name, connection state, meeting topic, then whatever features add (lock banner,
 * countdown): those render in every state and decide for themselves when to show.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const status = useAppStore(selectStatus);
  const topic = useAppStore(selectMeetingInfo)?.topic;
  const live = status === 'ready';
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <h1 className="app-header__name">{t('app.name')}</h1>
        {live ? <WaitingSummary /> : null}
        <ConnectionBadge />
      </div>
      {live && topic ? (
        <p className="app-header__topic" title={topic}>
          {topic}
        </p>
      ) : null}
      {headerAddons.map((Addon, index) => (
        <div className="app-header__addon" key={index}>
          <PartBoundary>
            <Addon />
          </PartBoundary>
        </div>
      ))}
    </header>
  );
}

import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';
import { selectMeetingInfo, selectStatus } from '../store/selectors';
import { headerAddons, headerLineAddons } from './composition';
import { ConnectionBadge } from './connection-badge';
import { PartBoundary } from './crash-boundaries';

/**
 * One line that stays: the meeting (or the app's name until there is one), the live status and
 * the auto-lock countdown; under it whatever features add (the impostor alert, the lock's line):
 * those render in every state and decide for themselves when to show.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const status = useAppStore(selectStatus);
  const topic = useAppStore(selectMeetingInfo)?.topic;
  const showTopic = status === 'ready' && Boolean(topic);
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <h1 className={showTopic ? 'visually-hidden' : 'app-header__name'}>{t('app.name')}</h1>
        {showTopic ? (
          <p className="app-header__topic" title={topic}>
            {topic}
          </p>
        ) : null}
        <ConnectionBadge />
        {headerLineAddons.map((Addon, index) => (
          <PartBoundary key={index}>
            <Addon />
          </PartBoundary>
        ))}
      </div>
      {headerAddons.map((Addon, index) => (
        <PartBoundary key={index}>
          <Addon />
        </PartBoundary>
      ))}
    </header>
  );
}

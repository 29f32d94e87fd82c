import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context';
import { selectConnection } from '../store/selectors';

/** Where we stand with Zoom, as a dot and a word (the word carries the meaning, not the colour). */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const { status, refreshProblem } = useAppStore(selectConnection);
  const tone = status === 'ready' ? (refreshProblem ? 'stale' : 'ready') : status;
  const label = {
    loading: t('connection.loading'),
    ready: t('connection.ready'),
    stale: t('connection.stale'),
    error: t('connection.error'),
    attendee: t('connection.attendee'),
    'not-in-zoom': t('connection.notInZoom'),
  }[tone];
  return (
    <span
      className={`connection-badge connection-badge--${tone}`}
      title={refreshProblem ? t(`errors.${refreshProblem.kind}`) : undefined}
    >
      <span className="connection-badge__dot" aria-hidden="true" />
      {label}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { selectWaitingCount } from '../../store/selectors';

/** "3 people waiting" for the header, so arrivals are noticed while the list is scrolled. */
export function WaitingSummary() {
  const { t } = useTranslation();
  const count = useAppStore(selectWaitingCount);
  if (count === 0) return null;
  return <span className="waiting-summary">{t('roster.waitingSummary', { count })}</span>;
}

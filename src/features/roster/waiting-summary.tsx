import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { selectWaitingCount } from '../../store/selectors';

/**
 * How many wait, on the roster's tab ("40", read as "40 people waiting"), so arrivals are noticed
 * from any view.
 */
export function WaitingSummary() {
  const { t } = useTranslation();
  const count = useAppStore(selectWaitingCount);
  if (count === 0) return null;
  return (
    <span className="waiting-summary">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{` ${t('roster.waitingSummary', { count })}`}</span>
    </span>
  );
}

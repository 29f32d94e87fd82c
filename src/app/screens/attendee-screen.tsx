import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/notice';

/** My role cannot use the host APIs; the panel comes back by itself when it changes. */
export function AttendeeScreen() {
  const { t } = useTranslation();
  return (
    <Notice live="status" title={t('attendee.title')}>
      <p className="notice__body">{t('attendee.body')}</p>
    </Notice>
  );
}

import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/notice';
import { Spinner } from '../../components/ui/spinner';

/** Shown while Doorkeeper talks to Zoom. */
export function LoadingScreen() {
  const { t } = useTranslation();
  return <Notice live="status" icon={<Spinner />} title={t('loading.message')} />;
}

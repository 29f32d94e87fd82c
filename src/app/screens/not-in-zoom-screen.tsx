import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/notice';

/** Opened in a plain browser: explain where Doorkeeper lives and how to try it. */
export function NotInZoomScreen() {
  const { t } = useTranslation();
  return (
    <Notice title={t('notInZoom.title')}>
      <p className="notice__body">{t('notInZoom.intro')}</p>
      <h3 className="notice__subtitle">{t('notInZoom.inZoomTitle')}</h3>
      <p className="notice__body">{t('notInZoom.inZoomSteps')}</p>
      <h3 className="notice__subtitle">{t('notInZoom.demoTitle')}</h3>
      <p className="notice__body">{t('notInZoom.demoSteps')}</p>
      <pre className="notice__code">
        <code>npm start</code>
      </pre>
    </Notice>
  );
}

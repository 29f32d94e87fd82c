import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/ui/notice';
import { useAppStore } from '../../store/store-context';
import { selectConnection } from '../../store/selectors';

/** The first load failed: say why in plain words and offer a retry. */
export function ErrorScreen() {
  const { t } = useTranslation();
  const { problem } = useAppStore(selectConnection);
  const reconnect = useAppStore((state) => state.reconnect);
  const kind = problem?.kind ?? 'unknown';
  return (
    <Notice live="alert" icon="!" title={t('connectionError.title')}>
      <p className="notice__body">{t(`errors.${kind}`)}</p>
      {kind === 'unknown' && problem?.message ? (
        <p className="notice__detail">{problem.message}</p>
      ) : null}
      <button type="button" className="button button--primary" onClick={() => reconnect()}>
        {t('connectionError.retry')}
      </button>
    </Notice>
  );
}

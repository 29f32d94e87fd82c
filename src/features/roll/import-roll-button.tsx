import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';

/** Opens the import step. Labelled "Import roll" wherever it appears. */
export function ImportRollButton({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      onClick={() => store.getState().openRollImport()}
    >
      {t('roll.importButton')}
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';

/** Opens the import step. Labelled "Import roll" wherever it appears. */
export function ImportRollButton({
  primary = false,
  small = false,
}: {
  primary?: boolean;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className={`button${primary ? ' button--primary' : ''}${small ? ' button--small' : ''}`}
      onClick={() => store.getState().openRollImport()}
    >
      {t('roll.importButton')}
    </button>
  );
}

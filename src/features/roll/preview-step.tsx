import { useTranslation } from 'react-i18next';
import type { RollImportResult } from '../../domain/roll';
import { useAppStoreApi } from '../../store/store-context';
import { ColumnSummary } from './column-summary';
import { NameColumnPicker } from './name-column-picker';
import { PreviewStats } from './preview-stats';
import { PreviewTable } from './preview-table';
import { RollMessageText } from './roll-message';

/**
 * The preview: what was detected, the first rows and the counts, then Confirm or Cancel. A file
 * read without a usable name column comes here too, with the importer's sentence and the picker.
 */
export function PreviewStep({ result }: { result: RollImportResult }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const preview = result.preview;
  // Once the host has chosen, the picker stays so they can change their mind.
  const unsure =
    !result.ok ||
    (preview !== undefined && (!preview.columns.sure || preview.columns.source === 'host'));
  return (
    <div className="roll-preview">
      {result.ok ? null : (
        <p className="roll-import__error" role="alert">
          <RollMessageText message={result.error.text} />
        </p>
      )}
      {preview ? (
        <>
          <ColumnSummary preview={preview} format={result.ok ? result.format : null} />
          {unsure ? <NameColumnPicker preview={preview} /> : null}
          <PreviewTable preview={preview} />
        </>
      ) : null}
      {result.ok ? <PreviewStats result={result} /> : null}
      <div className="roll-modal__actions">
        <button
          type="button"
          className="button"
          onClick={() => store.getState().cancelRollImport()}
        >
          {t('roll.import.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!result.ok}
          onClick={() => store.getState().confirmRollImport()}
        >
          {t('roll.import.confirm')}
        </button>
      </div>
    </div>
  );
}

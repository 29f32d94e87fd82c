import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { Spinner } from '../../components/ui/spinner';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { selectRollImport } from '../../store/roll-selectors';
import { DropZone } from './drop-zone';
import { PasteBox } from './paste-box';
import { PreviewStep } from './preview-step';
import { RollMessageText } from './roll-message';

/** The import steps: choose (file, drop or paste) → reading → preview or error. Nothing is set until Confirm. */
export function RollImportDialog() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const flow = useAppStore(selectRollImport);
  if (flow.status === 'idle') return null;
  const cancel = () => store.getState().cancelRollImport();
  const title =
    flow.status === 'preview'
      ? t('roll.preview.title', { name: flow.source.name })
      : t('roll.import.title');

  return (
    <Modal
      title={title}
      onClose={cancel}
      className="roll-import"
      wide
      closeOnBackdrop={false}
      step={flow.status}
    >
      {flow.status === 'choosing' ? (
        <>
          <DropZone />
          <PasteBox />
          <div className="roll-modal__actions">
            <button type="button" className="button" onClick={cancel}>
              {t('roll.import.cancel')}
            </button>
          </div>
        </>
      ) : null}
      {flow.status === 'reading' ? (
        <p className="roll-import__reading" role="status">
          <Spinner /> {t('roll.import.reading', { name: flow.source.name })}
        </p>
      ) : null}
      {flow.status === 'preview' ? <PreviewStep result={flow.result} /> : null}
      {flow.status === 'error' ? (
        <>
          <div className="roll-import__error" role="alert">
            <p className="roll-import__error-title">{t('roll.import.errorTitle')}</p>
            <p>
              <RollMessageText message={flow.message} />
              {flow.hint ? (
                <>
                  {' '}
                  <RollMessageText message={flow.hint} />
                </>
              ) : null}
            </p>
          </div>
          <div className="roll-modal__actions">
            <button type="button" className="button" onClick={cancel}>
              {t('roll.import.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-autofocus=""
              onClick={() => store.getState().openRollImport()}
            >
              {t('roll.import.tryAgain')}
            </button>
          </div>
        </>
      ) : null}
    </Modal>
  );
}

import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { useAppActions } from '../../store/store-context';

/** What "Pause and take the roll" does, before it does it: Cancel, or start the roll call. */
export function RollCallConfirm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { startRollCall } = useAppActions();
  return (
    <Modal alert title={t('rollCall.confirmTitle')} onClose={onClose}>
      <p className="modal__body">{t('rollCall.confirmBody')}</p>
      <div className="modal__buttons">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            startRollCall();
            onClose();
          }}
        >
          {t('rollCall.confirm')}
        </button>
      </div>
    </Modal>
  );
}

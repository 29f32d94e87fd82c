import { useTranslation } from 'react-i18next';
import { ConfirmButtons } from '../../components/ui/confirm-buttons';
import { Modal } from '../../components/ui/modal';
import { useAppActions } from '../../store/store-context';

/** What "Pause and take the roll" does, before it does it: Cancel, or start the roll call. */
export function RollCallConfirm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { startRollCall } = useAppActions();
  return (
    <Modal alert title={t('rollCall.confirmTitle')} onClose={onClose}>
      <p className="modal__body">{t('rollCall.confirmBody')}</p>
      <ConfirmButtons
        tone="primary"
        confirm={t('rollCall.confirm')}
        onConfirm={startRollCall}
        onClose={onClose}
      />
    </Modal>
  );
}

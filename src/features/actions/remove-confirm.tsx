import { useTranslation } from 'react-i18next';
import { ConfirmButtons } from '../../components/ui/confirm-buttons';
import { Modal } from '../../components/ui/modal';
import type { RosterParticipant } from '../../domain/meeting/types';
import { useAppStoreApi } from '../../store/store-context';
import { isolate } from './isolate';

/** "Remove Jane Doe?": names the person, Cancel has the focus, Escape closes. */
export function RemoveConfirm({
  participant,
  onClose,
}: {
  participant: RosterParticipant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const name = isolate(participant.screenName || t('roster.unnamed'));
  return (
    <Modal alert title={t('actions.removeTitle', { name })} onClose={onClose}>
      <p className="modal__body">{t('actions.removeBody', { name })}</p>
      <ConfirmButtons
        tone="danger"
        confirm={t('actions.removeConfirm')}
        onConfirm={() => store.getState().remove(participant.participantUUID)}
        onClose={onClose}
      />
    </Modal>
  );
}

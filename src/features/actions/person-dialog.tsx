import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import type { RosterParticipant } from '../../domain/meeting/types';
import { useAppStoreApi } from '../../store/store-context';
import { isolate } from './isolate';
import { RemoveConfirm } from './remove-confirm';
import { RenameForm } from './rename-form';

type Step = 'menu' | 'rename' | 'remove';

/** One person's actions: a short menu, then the rename form or the removal confirmation. */
export function PersonDialog({
  participant,
  onClose,
}: {
  participant: RosterParticipant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [step, setStep] = useState<Step>('menu');
  const name = isolate(participant.screenName || t('roster.unnamed'));
  const inMeeting = participant.location === 'meeting';

  if (step === 'rename') return <RenameForm participant={participant} onClose={onClose} />;
  if (step === 'remove') return <RemoveConfirm participant={participant} onClose={onClose} />;

  return (
    <Modal title={t('actions.personTitle', { name })} onClose={onClose}>
      <div className="modal__menu">
        {inMeeting ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().putInWaitingRoom([participant.participantUUID]);
              onClose();
            }}
          >
            {t('actions.putInWaitingRoom')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => setStep('rename')}>
          {inMeeting ? t('actions.rename') : t('actions.admitAndRename')}
        </button>
        <button type="button" className="button button--danger" onClick={() => setStep('remove')}>
          {t('actions.remove')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
      </div>
    </Modal>
  );
}

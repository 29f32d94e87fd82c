import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import type { RosterParticipant } from '../../domain/meeting/types';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { isolate } from './isolate';
import { RemoveConfirm } from './remove-confirm';
import { RenameForm } from './rename-form';

type Step = 'menu' | 'rename' | 'remove';

/** An API this Zoom client listed as unsupported when the panel configured (the web client's rename…). */
const useUnsupported = (api: string) =>
  useAppStore((state) => state.connection.clientInfo?.unsupportedApis.includes(api) ?? false);

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
  const canPutBack = !useUnsupported('putParticipantToWaitingRoom');
  const canRename = !useUnsupported('setParticipantScreenName');
  const canRemove = !useUnsupported('removeParticipant');
  const showPutBack = inMeeting && canPutBack;
  // "Some actions are not available" above a lone Cancel would be untrue: none is.
  const none = !showPutBack && !canRename && !canRemove;

  if (step === 'rename') return <RenameForm participant={participant} onClose={onClose} />;
  if (step === 'remove') return <RemoveConfirm participant={participant} onClose={onClose} />;

  return (
    <Modal title={t('actions.personTitle', { name })} onClose={onClose}>
      <div className="modal__menu">
        {showPutBack ? (
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
        {canRename ? (
          <button type="button" className="button" onClick={() => setStep('rename')}>
            {inMeeting ? t('actions.rename') : t('actions.admitAndRename')}
          </button>
        ) : null}
        {canRemove ? (
          <button type="button" className="button button--danger" onClick={() => setStep('remove')}>
            {t('actions.remove')}
          </button>
        ) : null}
        {canPutBack && canRename && canRemove ? null : (
          <p className="modal__note">
            {none ? t('actions.noneInThisClient') : t('actions.notInThisClient')}
          </p>
        )}
        <button type="button" className="button" onClick={onClose}>
          {none ? t('actions.close') : t('actions.cancel')}
        </button>
      </div>
    </Modal>
  );
}

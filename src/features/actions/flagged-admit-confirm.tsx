import { useTranslation } from 'react-i18next';
import { ConfirmButtons } from '../../components/ui/confirm-buttons';
import { Modal } from '../../components/ui/modal';
import type { RosterParticipant } from '../../domain/meeting/types';
import type { ClaimContext } from '../../store/claim-selectors';
import { useAppStoreApi } from '../../store/store-context';
import { isolate } from './isolate';

/**
 * Admitting someone flagged as a possible impostor or a duplicate: the dialog names whom they
 * resemble and who holds that roll entry now. "Keep waiting" has the focus; admitting is the
 * deliberate second click.
 */
export function FlaggedAdmitConfirm({
  participant,
  claim,
  onClose,
}: {
  participant: RosterParticipant;
  claim: ClaimContext;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const name = isolate(participant.screenName || t('roster.unnamed'));
  const roll =
    claim.rollName === null ? t('actions.flagged.unknownEntry') : isolate(claim.rollName);
  const holder = claim.holders[0];
  const holderName = holder ? isolate(holder.screenName || t('roster.unnamed')) : '';
  // No roll entry, but a participant here whose name this one copies: neither is on the roll.
  const copies = claim.rollName === null && holder !== undefined;
  const holderText = copies
    ? t('actions.flagged.neitherOnRoll')
    : !holder
      ? t('actions.flagged.heldByNobody', { roll })
      : holder.location === 'meeting'
        ? t('actions.flagged.heldInMeeting', { roll, holder: holderName })
        : t('actions.flagged.heldWaiting', { roll, holder: holderName });
  const impostor = claim.flag === 'impostor';
  const place =
    holder?.location === 'meeting' ? t('roll.claim.inMeeting') : t('roll.claim.waiting');
  return (
    <Modal
      alert
      title={impostor ? t('actions.flagged.impostorTitle') : t('actions.flagged.duplicateTitle')}
      onClose={onClose}
    >
      <p className="modal__body" data-testid="flagged-admit-reason">
        {copies
          ? t('actions.flagged.lookalikeReason', { name, holder: holderName, place })
          : impostor
            ? t('actions.flagged.impostorReason', { name, roll })
            : t('actions.flagged.duplicateReason', { name, roll })}
      </p>
      <p className="modal__body" data-testid="flagged-admit-holder">
        {holderText}
      </p>
      <ConfirmButtons
        tone="danger"
        cancel={t('actions.flagged.keepWaiting')}
        confirm={t('actions.flagged.admitAnyway')}
        onConfirm={() => store.getState().admit([participant.participantUUID])}
        onClose={onClose}
      />
    </Modal>
  );
}

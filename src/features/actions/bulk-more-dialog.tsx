import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { useAppStoreApi } from '../../store/store-context';
import { BulkConfirm } from './bulk-confirm';
import { useBulkActions } from './use-bulk-actions';
import { isolate } from './isolate';

type Step = 'menu' | 'unknown' | 'privacy';

/** The bulk actions that move or rename many people, each behind a confirmation listing them. */
export function BulkMoreDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { plan, hasRoll, busy } = useBulkActions();
  const [step, setStep] = useState<Step>('menu');
  const unknown = plan.unknownInMeeting;
  const renames = plan.privacyRenames;
  const waitingRenames = plan.waitingPrivacyRenames;
  const renameCount = renames.length + waitingRenames.length;

  if (step === 'unknown') {
    return (
      <BulkConfirm
        title={t('actions.bulk.sendUnknownTitle')}
        intro={t('actions.bulk.sendUnknownBody')}
        lines={unknown.map((p) => ({
          key: p.participantUUID,
          text: p.screenName || t('roster.unnamed'),
        }))}
        confirm={t('actions.bulk.sendUnknownConfirm', { count: unknown.length })}
        onConfirm={() => store.getState().putInWaitingRoom(unknown.map((p) => p.participantUUID))}
        onClose={onClose}
      />
    );
  }
  if (step === 'privacy') {
    return (
      <BulkConfirm
        title={t('actions.bulk.privacyTitle')}
        intro={t('actions.bulk.privacyBody')}
        lines={[
          ...renames.map((r) => ({
            key: r.participantUUID,
            text: t('actions.bulk.renameArrow', {
              from: isolate(r.from),
              to: isolate(r.to),
            }),
          })),
          ...waitingRenames.map((r) => ({
            key: r.participantUUID,
            text: t('actions.bulk.renameOnAdmitArrow', {
              from: isolate(r.from),
              to: isolate(r.to),
            }),
          })),
        ]}
        confirm={t('actions.bulk.privacyConfirm', { count: renameCount })}
        onConfirm={() => {
          const actions = store.getState();
          // Waiting people first: queued before any admission could overtake them.
          actions.renameOnAdmit(
            waitingRenames.map((r) => ({ participantUUID: r.participantUUID, screenName: r.to })),
          );
          if (renames.length > 0)
            actions.rename(
              renames.map((r) => ({ participantUUID: r.participantUUID, screenName: r.to })),
            );
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <Modal title={t('actions.bulk.moreTitle')} onClose={onClose}>
      <div className="modal__menu">
        <button
          type="button"
          className="button"
          disabled={busy || !hasRoll || unknown.length === 0}
          title={hasRoll ? undefined : t('actions.bulk.noRoll')}
          onClick={() => setStep('unknown')}
        >
          {t('actions.bulk.sendUnknown', { count: unknown.length })}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || renameCount === 0}
          onClick={() => setStep('privacy')}
        >
          {t('actions.bulk.privacyNames', { count: renameCount })}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('actions.close')}
        </button>
      </div>
    </Modal>
  );
}

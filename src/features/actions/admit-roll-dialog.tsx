import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { useAppStoreApi } from '../../store/store-context';
import { useAdmitPlan } from './use-bulk-status';

/**
 * Admits every sure roll match and lists the probable ones, unticked, for the host to pick: a
 * likely match is a guess, and guessing wrong lets a stranger in.
 */
export function AdmitRollDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { plan } = useAdmitPlan();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const sure = plan.admitSure.map((p) => p.participantUUID);
  const count = sure.length + plan.admitLikely.filter((p) => picked.has(p.participantUUID)).length;
  // Only guesses wait: "Admit 0 people on the roll?" and "0 people … will be admitted" would read
  // as if the click had done nothing or were about to admit nobody by mistake.
  const guessesOnly = sure.length === 0;

  const toggle = (uuid: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (!next.delete(uuid)) next.add(uuid);
      return next;
    });

  const confirm = () => {
    const likely = plan.admitLikely
      .map((p) => p.participantUUID)
      .filter((uuid) => picked.has(uuid));
    store.getState().admit([...sure, ...likely]);
    onClose();
  };

  return (
    <Modal
      title={
        guessesOnly
          ? t('actions.bulk.reviewLikely', { count: plan.admitLikely.length })
          : t('actions.bulk.likelyTitle', { count })
      }
      onClose={onClose}
    >
      {guessesOnly ? null : (
        <p className="modal__body">{t('actions.bulk.likelySure', { count: sure.length })}</p>
      )}
      <p className="modal__body">
        {guessesOnly ? t('actions.bulk.likelyOnlyIntro') : t('actions.bulk.likelyIntro')}
      </p>
      <ul className="modal__list modal__list--choices">
        {plan.admitLikely.map((person) => (
          <li key={person.participantUUID}>
            <label className="modal__choice">
              <input
                type="checkbox"
                checked={picked.has(person.participantUUID)}
                onChange={() => toggle(person.participantUUID)}
              />
              <bdi>{person.screenName || t('roster.unnamed')}</bdi>
            </label>
          </li>
        ))}
      </ul>
      <div className="modal__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('actions.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={count === 0}
          onClick={confirm}
        >
          {t('actions.bulk.likelyConfirm', { count })}
        </button>
      </div>
    </Modal>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { selectRollCall } from '../../store/roll-call-slice';
import { selectRoll } from '../../store/roll-selectors';
import { selectStatus } from '../../store/selectors';
import { useAppActions, useAppStore } from '../../store/store-context';

/** "Pause and take the roll": one action, after a confirmation saying exactly what it does. */
export function RollCallButton() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const ready = useAppStore(selectStatus) === 'ready';
  const hasRoll = useAppStore(selectRoll) !== null;
  const running = useAppStore(selectRollCall) !== null;
  const { startRollCall } = useAppActions();
  if (!ready || !hasRoll || running) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('rollCall.start')}
      </button>
      {asking ? (
        <Modal alert title={t('rollCall.confirmTitle')} onClose={() => setAsking(false)}>
          <p className="modal__body">{t('rollCall.confirmBody')}</p>
          <div className="modal__buttons">
            <button
              type="button"
              className="button"
              data-autofocus
              onClick={() => setAsking(false)}
            >
              {t('actions.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                startRollCall();
                setAsking(false);
              }}
            >
              {t('rollCall.confirm')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}

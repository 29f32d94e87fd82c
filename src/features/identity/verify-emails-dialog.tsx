import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import { MAX_REASON_LENGTH } from '../../store/identity-slice';
import { useAppStoreApi } from '../../store/store-context';

/** Asks for the reason Zoom shows in each participant's consent prompt, then sends the request. */
export function VerifyEmailsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [reason, setReason] = useState(() => t('identity.dialog.defaultReason'));
  const [empty, setEmpty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setEmpty(true);
      return;
    }
    void store.getState().verifyEmails(reason);
    onClose();
  };

  return (
    <Modal title={t('identity.dialog.title')} onClose={onClose}>
      <p className="modal__body">{t('identity.dialog.intro')}</p>
      <form className="modal__form" onSubmit={submit} noValidate>
        <label className="modal__field">
          {t('identity.dialog.reason')}
          <textarea
            value={reason}
            maxLength={MAX_REASON_LENGTH}
            rows={3}
            onChange={(event) => {
              setReason(event.target.value);
              setEmpty(false);
            }}
          />
        </label>
        {empty ? (
          <p className="modal__error" role="alert">
            {t('identity.dialog.reasonMissing')}
          </p>
        ) : null}
        <p className="modal__body">{t('identity.dialog.privacy')}</p>
        <div className="modal__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('identity.dialog.send')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectPersistence } from '../../store/persistence-slice';
import { selectMeetingInfo } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { ConfirmButton } from './confirm-button';

/** "Forget this meeting" and "Delete all Doorkeeper data", each asking first and saying when done. */
export function DataControls() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { busy } = useAppStore(selectPersistence);
  const meeting = useAppStore(selectMeetingInfo);
  const [done, setDone] = useState<'forget' | 'deleteAll' | null>(null);
  return (
    <div className="data-controls">
      {meeting ? (
        <ConfirmButton
          label={t('settings.forget.button')}
          question={t('settings.forget.confirm')}
          confirmLabel={t('settings.forget.yes')}
          busyLabel={t('settings.deleting')}
          busy={busy === 'forget'}
          onConfirm={async () => {
            await store.getState().forgetThisMeeting();
            setDone('forget');
          }}
        />
      ) : null}
      <ConfirmButton
        label={t('settings.deleteAll.button')}
        question={t('settings.deleteAll.confirm')}
        confirmLabel={t('settings.deleteAll.yes')}
        busyLabel={t('settings.deleting')}
        busy={busy === 'deleteAll'}
        onConfirm={async () => {
          await store.getState().deleteAllData();
          setDone('deleteAll');
        }}
      />
      <p role="status" className="setting__help">
        {done ? t(`settings.${done}.done`) : ''}
      </p>
    </div>
  );
}

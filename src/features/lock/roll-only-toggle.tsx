import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

/** Roll-only mode: while locked, sure roll matches are let in by themselves. */
export function RollOnlyToggle() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rollOnly = useAppStore((state) => state.lock.settings.mode === 'rollOnly');
  return (
    <label className="lock-toggle" title={t('lock.rollOnlyHint')}>
      <input
        type="checkbox"
        checked={rollOnly}
        onChange={(event) =>
          store.getState().updateLockSettings({ mode: event.target.checked ? 'rollOnly' : 'all' })
        }
      />
      {t('lock.rollOnly')}
    </label>
  );
}

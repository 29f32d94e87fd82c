import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

/** Roll-only's stricter form: only people whose e-mail was verified are let in by themselves. */
export function VerifiedOnlyToggle() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rollOnly = useAppStore((state) => state.lock.settings.mode === 'rollOnly');
  const verifiedOnly = useAppStore((state) => state.lock.settings.verifiedOnly);
  if (!rollOnly) return null;
  return (
    <label className="lock-toggle" title={t('lock.verifiedOnlyHint')}>
      <input
        type="checkbox"
        checked={verifiedOnly}
        onChange={(event) =>
          store.getState().updateLockSettings({ verifiedOnly: event.target.checked })
        }
      />
      {t('lock.verifiedOnly')}
    </label>
  );
}

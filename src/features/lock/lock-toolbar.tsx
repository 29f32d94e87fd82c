import { useTranslation } from 'react-i18next';
import { handFocusTo } from '../../components/ui/focus-handoff';
import { useAppStoreApi } from '../../store/store-context';
import { useLock } from './use-lock';

/**
 * "Lock now" in the toolbar's row of primary actions, while unlocked (the banner takes over once
 * locked); not before the saved lock state is read, when "unlocked" may be untrue.
 */
export function LockNowButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lock = useLock();
  if (lock.status !== 'unlocked' || !lock.read) return null;
  return (
    <button
      type="button"
      className="button button--small button--lock"
      disabled={!lock.canAct}
      onClick={() => {
        store.getState().lockNow();
        // This button goes with the lock: the focus moves to the lock line's ⓘ.
        handFocusTo('[data-testid="lock-banner"] .lock-banner__info');
      }}
    >
      {t('lock.lockNow')}
    </button>
  );
}

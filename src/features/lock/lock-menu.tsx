import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';
import { RollOnlyToggle } from './roll-only-toggle';
import { useLock } from './use-lock';
import { VerifiedOnlyToggle } from './verified-only-toggle';

// Opened by a click: its own chunk, fetched right after the first paint with its words.
const AutoLockDialog = deferred(
  withLaterStrings(() => import('./auto-lock-dialog').then((m) => m.AutoLockDialog)),
);

/**
 * The auto-lock settings and roll-only mode, in the toolbar's "More" panel while unlocked (once the
 * saved lock state is read: a setting changed before would be the default's, not this meeting's).
 */
export function LockToolbar() {
  const { t } = useTranslation();
  const lock = useLock();
  const [open, setOpen] = useState(false);
  if (lock.status !== 'unlocked' || !lock.read) return null;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('lock.autoLock')}
      </button>
      <RollOnlyToggle />
      <VerifiedOnlyToggle />
      {open ? <AutoLockDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

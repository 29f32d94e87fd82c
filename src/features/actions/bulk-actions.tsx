import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';

import { useBulkStatus } from './use-bulk-status';
import { WaitingRoomSwitch } from './waiting-room-switch';

// Opened by a click: its own chunk, fetched right after the first paint with its words.
const BulkMoreDialog = deferred(
  withLaterStrings(() => import('./bulk-more-dialog').then((m) => m.BulkMoreDialog)),
);

/**
 * The bulk actions in the toolbar's "More" panel: the ones that move or rename many people (each
 * behind a confirmation listing them) and the waiting-room switch. Disabled while a batch runs.
 */
export function BulkActions() {
  const { t } = useTranslation();
  const { hasRoll, busy } = useBulkStatus();
  const [open, setOpen] = useState(false);
  const hint = busy ? t('actions.bulk.busy') : hasRoll ? undefined : t('actions.bulk.noRoll');
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        disabled={busy}
        title={hint}
        onClick={() => setOpen(true)}
      >
        {t('actions.bulk.more')}
      </button>
      <WaitingRoomSwitch />
      {open ? <BulkMoreDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

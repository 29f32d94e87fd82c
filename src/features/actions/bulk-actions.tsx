import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';
import { AdmitRollDialog } from './admit-roll-dialog';
import { BulkMoreDialog } from './bulk-more-dialog';
import { useBulkActions } from './use-bulk-actions';
import { WaitingRoomSwitch } from './waiting-room-switch';

type Open = 'none' | 'admit' | 'more';

/**
 * "Admit everyone on the roll" (sure matches at once; probable ones only after a confirmation),
 * the other bulk actions behind one button, and the waiting-room switch. Disabled while a batch runs.
 */
export function BulkActions() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { plan, hasRoll, busy } = useBulkActions();
  const [open, setOpen] = useState<Open>('none');
  const admitCount = plan.admitSure.length;
  const hint = busy ? t('actions.bulk.busy') : hasRoll ? undefined : t('actions.bulk.noRoll');

  const admitRoll = () => {
    if (plan.admitLikely.length > 0) {
      setOpen('admit');
      return;
    }
    store.getState().admit(plan.admitSure.map((p) => p.participantUUID));
  };

  return (
    <div className="bulk-actions">
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy || !hasRoll || admitCount + plan.admitLikely.length === 0}
        title={hint}
        onClick={admitRoll}
      >
        {t('actions.bulk.admitRoll', { count: admitCount })}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        disabled={busy}
        title={hint}
        onClick={() => setOpen('more')}
      >
        {t('actions.bulk.more')}
      </button>
      <WaitingRoomSwitch />
      {open === 'admit' ? <AdmitRollDialog onClose={() => setOpen('none')} /> : null}
      {open === 'more' ? <BulkMoreDialog onClose={() => setOpen('none')} /> : null}
    </div>
  );
}

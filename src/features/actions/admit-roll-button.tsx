import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';

import { useAdmitPlan, useBulkStatus } from './use-bulk-status';

// Opened by a click: its own chunk, fetched right after the first paint with its words.
const AdmitRollDialog = deferred(
  withLaterStrings(() => import('./admit-roll-dialog').then((m) => m.AdmitRollDialog)),
);

/**
 * The panel's primary action once a roll is loaded: "Admit 34 on the roll" (sure matches at once;
 * probable ones only after a confirmation). When only probable matches wait it admits nobody by
 * itself, so it says "Review 3 likely matches" and opens the picker. Disabled while a batch runs;
 * absent when nobody on the roll waits.
 */
export function AdmitRollButton() {
  // Without a roll there is nothing to count: the plan is not worked out (it costs a privacy name
  // for everyone, at every roster change).
  return useBulkStatus().hasRoll ? <AdmitRollAction /> : null;
}

function AdmitRollAction() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { plan, busy } = useAdmitPlan();
  const [open, setOpen] = useState(false);
  const admitCount = plan.admitSure.length;
  const likelyCount = plan.admitLikely.length;
  // A disabled "Admit 0 on the roll" offers an action there is nothing for. While a batch runs it
  // stays (disabled) even as its count drops, so the toolbar does not jump under the host's pointer.
  if (!busy && !open && admitCount + likelyCount === 0) return null;
  // "Admit 0 on the roll" would promise an admit the click does not make: with no sure match the
  // click only opens the picker of guesses, and the label says so.
  const reviewOnly = admitCount === 0 && likelyCount > 0;

  const admitRoll = () => {
    if (likelyCount > 0) {
      setOpen(true);
      return;
    }
    store.getState().admit(plan.admitSure.map((p) => p.participantUUID));
  };

  return (
    <>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        title={busy ? t('actions.bulk.busy') : undefined}
        aria-haspopup={likelyCount > 0 ? 'dialog' : undefined}
        onClick={admitRoll}
      >
        {reviewOnly
          ? t('actions.bulk.reviewLikely', { count: likelyCount })
          : t('actions.bulk.admitRoll', { count: admitCount })}
      </button>
      {open ? <AdmitRollDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

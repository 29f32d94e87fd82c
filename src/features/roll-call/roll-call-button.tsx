import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';
import { selectRollCall } from '../../store/roll-call-slice';
import { selectRoll } from '../../store/roll-selectors';
import { selectStatus } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

// Opened by a click: its own chunk, fetched right after the first paint with its words.
const RollCallConfirm = deferred(
  withLaterStrings(() => import('./roll-call-confirm').then((m) => m.RollCallConfirm)),
);

/** "Pause and take the roll": one action, after a confirmation saying exactly what it does. */
export function RollCallButton() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const ready = useAppStore(selectStatus) === 'ready';
  const hasRoll = useAppStore(selectRoll) !== null;
  const running = useAppStore(selectRollCall) !== null;
  if (!ready || !hasRoll || running) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('rollCall.start')}
      </button>
      {asking ? <RollCallConfirm onClose={() => setAsking(false)} /> : null}
    </>
  );
}

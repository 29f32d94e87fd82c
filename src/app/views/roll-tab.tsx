import { lazy } from 'react';
import { withLaterStrings } from '../../i18n/later-strings';
import { selectRollCall } from '../../store/roll-call-slice';
import { useAppStore } from '../../store/store-context';

// Loaded when first opened, off the first paint, with the English the roster does not need.
const RollView = lazy(
  withLaterStrings(() =>
    import('../../features/roll/roll-view').then((m) => ({ default: m.RollView })),
  ),
);
const RollCallList = lazy(
  withLaterStrings(() =>
    import('../../features/roll-call/roll-call-list').then((m) => ({ default: m.RollCallList })),
  ),
);

/** The Roll tab: the call-out list while a roll call runs, the roll's overview otherwise. */
export function RollTab() {
  return useAppStore(selectRollCall) ? <RollCallList /> : <RollView />;
}

import { useShallow } from 'zustand/react/shallow';
import { selectActionsBusy } from '../../store/action-selectors';
import { selectAdmitPlan } from '../../store/admit-plan';
import { useAppStore } from '../../store/store-context';

/**
 * Whether a roll is loaded and whether actions are under way, without the plan: the plan names a
 * privacy name for everyone, too much work for a button that does not show it.
 */
export function useBulkStatus() {
  return useAppStore(
    useShallow((state) => ({ hasRoll: state.roll !== null, busy: selectActionsBusy(state) })),
  );
}

/**
 * Who the roll's admit would let in, and whether actions are under way: the toolbar's button is in
 * the first paint, so it reads no privacy names (use-bulk-actions.ts has the whole plan).
 */
export function useAdmitPlan() {
  return useAppStore(
    useShallow((state) => ({ plan: selectAdmitPlan(state), busy: selectActionsBusy(state) })),
  );
}

import { useShallow } from 'zustand/react/shallow';
import { selectActionsBusy } from '../../store/action-selectors';
import { selectBulkPlan } from '../../store/bulk-plan';
import { useAppStore } from '../../store/store-context';

/** The bulk plan, whether a roll is loaded, and whether actions are under way. */
export function useBulkActions() {
  return useAppStore(
    useShallow((state) => ({
      plan: selectBulkPlan(state),
      hasRoll: state.roll !== null,
      busy: selectActionsBusy(state),
    })),
  );
}

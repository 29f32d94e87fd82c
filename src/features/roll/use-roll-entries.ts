import { useMemo } from 'react';
import { selectRollStatus } from '../../store/roll-selectors';
import type { RollEntryStatus } from '../../store/roll-selectors';
import { useAppStore } from '../../store/store-context';
import type { RollFilterValue } from './roll-filter';
import { rollEntryMatcher } from './roll-search';

/** The roll entries to list for a filter and a search, and the counts for the whole roll. */
export function useRollEntries(filter: RollFilterValue, query: string) {
  const status = useAppStore(selectRollStatus);
  const rows = useMemo(() => {
    const fits = rollEntryMatcher(
      status.entries.map((item) => item.entry),
      query,
    );
    const out: RollEntryStatus[] = [];
    status.entries.forEach((item, index) => {
      if ((filter === 'all' || item.status === filter) && fits(index)) out.push(item);
    });
    return out;
  }, [status, filter, query]);
  return { rows, counts: status.counts };
}

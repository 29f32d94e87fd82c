import { useDeferredValue } from 'react';
import { useAppStore } from '../../store/store-context';
import {
  selectMe,
  selectMeetingCount,
  selectMeetingRows,
  selectWaitingCount,
  selectWaitingRows,
} from '../../store/selectors';

/** What the roster panel shows for a search query: rows per place, totals, and who I am. */
export function useRoster(query: string) {
  // Typing stays instant with a thousand rows: filtering follows the keystrokes at lower priority.
  const deferredQuery = useDeferredValue(query.trim());
  const meetingRows = useAppStore(selectMeetingRows(deferredQuery));
  const waitingRows = useAppStore(selectWaitingRows(deferredQuery));
  const meetingCount = useAppStore(selectMeetingCount);
  const waitingCount = useAppStore(selectWaitingCount);
  const meUUID = useAppStore(selectMe)?.participantUUID ?? null;
  return {
    meetingRows,
    waitingRows,
    meetingCount,
    waitingCount,
    meUUID,
    filtering: deferredQuery !== '',
  };
}

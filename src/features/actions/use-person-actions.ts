import { useShallow } from 'zustand/react/shallow';
import type { RosterParticipant } from '../../domain/meeting/types';
import { isStaff } from '../../domain/roles';
import { selectActionFor } from '../../store/action-selectors';
import type { ActionItem } from '../../store/actions-slice';
import { useAppStore } from '../../store/store-context';

export interface PersonActions {
  /** The newest action about this person, if any. */
  item: ActionItem | null;
  pending: boolean;
  /** Hosts, co-hosts and I are never moved or removed. */
  protectedPerson: boolean;
}

/** What a roster row needs to offer actions on one person. */
export function usePersonActions(participant: RosterParticipant): PersonActions {
  const uuid = participant.participantUUID;
  const { item, meUUID } = useAppStore(
    useShallow((state) => ({
      item: selectActionFor(uuid)(state),
      meUUID: state.me?.participantUUID ?? null,
    })),
  );
  return {
    item,
    pending: item?.status === 'queued' || item?.status === 'running',
    protectedPerson: uuid === meUUID || isStaff(participant.role),
  };
}

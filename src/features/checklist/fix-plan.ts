import type { Fix } from '../../domain/checklist';
import type { RosterState } from '../../domain/meeting/types';
import type { AppStore } from '../../store/app-store';
import { privacyNameIn } from '../../store/bulk-plan';

export interface PersonToReview {
  participantUUID: string;
  screenName: string;
}

export interface PlannedRename {
  participantUUID: string;
  from: string;
  to: string;
}

/**
 * What the view does with a checklist fix:
 * - run: one click calls the store action (returns false when it could not be started);
 * - rename: the new names are shown first, and one more click renames them all;
 * - review: the people concerned are listed, by name, to check in the roster;
 * - guidance: Doorkeeper cannot do it; a sentence says where to do it in Zoom.
 */
export type FixPlan =
  | { kind: 'run'; run: () => boolean }
  | { kind: 'rename'; renames: readonly PlannedRename[]; run: () => boolean }
  | { kind: 'review'; people: readonly PersonToReview[] }
  | { kind: 'guidance'; key: string };

type Participants = RosterState['participants'];

function peopleIn(participants: Participants, uuids: readonly string[]): PersonToReview[] {
  return uuids.flatMap((uuid) => {
    const person = participants.get(uuid);
    return person ? [{ participantUUID: uuid, screenName: person.screenName }] : [];
  });
}

/**
 * How to carry out a fix with the store's actions (the lock's, the host actions'). The people it
 * names come from `participants`, which the caller subscribes to so the plan follows the roster.
 */
export function planFix(fix: Fix, store: AppStore, participants: Participants): FixPlan {
  const actions = () => store.getState();
  switch (fix.kind) {
    case 'enableWaitingRoom':
      return { kind: 'run', run: () => actions().setWaitingRoom(true) !== null };
    case 'lockNow':
      return {
        kind: 'run',
        run: () => {
          actions().updateLockSettings({ mode: fix.mode });
          actions().lockNow();
          return actions().lock.locked !== null;
        },
      };
    case 'armAutoLock':
      return {
        kind: 'run',
        run: () => {
          actions().updateLockSettings({ mode: fix.mode });
          return actions().startAutoLock(fix.spec).ok;
        },
      };
    case 'privacyRename': {
      // The same rule as the bulk rename: the name the person chose, the initial from the roll.
      const state = store.getState();
      const renames = fix.participantUUIDs
        .flatMap((uuid) => {
          const person = participants.get(uuid);
          return person
            ? [{ participantUUID: uuid, from: person.screenName, to: privacyNameIn(state, person) }]
            : [];
        })
        .filter((r) => r.to !== r.from && r.to.trim() !== '');
      return {
        kind: 'rename',
        renames,
        run: () =>
          actions().rename(
            renames.map((r) => ({ participantUUID: r.participantUUID, screenName: r.to })),
          ) !== null,
      };
    }
    case 'reviewUnknown':
    case 'reviewImpostors':
      return { kind: 'review', people: peopleIn(participants, fix.participantUUIDs) };
    case 'stopCloudRecording':
      return { kind: 'run', run: () => actions().stopCloudRecording() };
    case 'revokeLocalRecording':
      return { kind: 'run', run: () => actions().revokeLocalRecording(fix.participantUUIDs) };
  }
}

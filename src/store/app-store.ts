import { createStore } from 'zustand/vanilla';
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { createConnectionSlice } from './connection-slice';
import type { ConnectionSlice } from './connection-slice';
import { createMeetingSlice } from './meeting-slice';
import type { MeetingSlice } from './meeting-slice';
import { createPreferencesSlice } from './preferences-slice';
import type { PreferencesSlice } from './preferences-slice';
import { createRollSlice } from './roll-slice';
import type { RollSlice } from './roll-slice';
import { createActionsSlice } from './actions-slice';
import type { ActionsSlice } from './actions-slice';
import { createLockSlice } from './lock-slice';
import type { LockSlice } from './lock-slice';
import { createAttendanceSlice } from './attendance-slice';
import type { AttendanceSlice } from './attendance-slice';
import { createPersistenceSlice } from './persistence-slice';
import type { PersistenceSlice } from './persistence-slice';
import { createChecklistSlice } from './checklist-slice';
import type { ChecklistSlice } from './checklist-slice';

/**
 * The whole app state: one store made of slices (zustand's slices pattern). A feature adds a
 * slice by writing `src/store/<name>-slice.ts` exporting `create<Name>Slice: AppSlice<NameSlice>`,
 * then adding `NameSlice` to this intersection and spreading the creator in `createAppStore`.
 */
export type AppState = ConnectionSlice &
  MeetingSlice &
  PreferencesSlice &
  RollSlice &
  ActionsSlice &
  LockSlice &
  AttendanceSlice &
  PersistenceSlice &
  ChecklistSlice;

/** The type of every slice creator: it sees (and may call) the whole state. */
export type AppSlice<Slice> = StateCreator<AppState, [], [], Slice>;

export type AppStore = StoreApi<AppState>;

/** A fresh store; the app makes one, and each test makes its own. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createConnectionSlice(...args),
    ...createMeetingSlice(...args),
    ...createPreferencesSlice(...args),
    ...createRollSlice(...args),
    ...createActionsSlice(...args),
    ...createLockSlice(...args),
    ...createAttendanceSlice(...args),
    ...createPersistenceSlice(...args),
    ...createChecklistSlice(...args),
  }));
}

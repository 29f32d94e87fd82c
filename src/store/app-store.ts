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
import { createRenameOnAdmitSlice, followAdmissions } from './rename-on-admit-slice';
import type { RenameOnAdmitSlice } from './rename-on-admit-slice';
import { createIdentitySlice } from './identity-slice';
import type { IdentitySlice } from './identity-slice';
import { createRegistrationsSlice } from './registrations-slice';
import type { RegistrationsSlice } from './registrations-slice';
import { createChatSlice } from './chat-slice';
import type { ChatSlice } from './chat-slice';
import { createRollCallSlice } from './roll-call-slice';
import type { RollCallSlice } from './roll-call-slice';
import { createRecordingSlice } from './recording-slice';
import type { RecordingSlice } from './recording-slice';
import { createSharingSlice } from './sharing-slice';
import type { SharingSlice } from './sharing-slice';
import { createErasureSlice } from './erasure-slice';
import type { ErasureSlice } from './erasure-slice';
import { createOpeningMessageSlice } from './opening-message-slice';
import type { OpeningMessageSlice } from './opening-message-slice';
import { createServices } from './services';
import type { AppServices } from './services';

/** Every slice of the store. A new slice is added here and spread in `createAppStore`. */
type Slices = [
  ConnectionSlice,
  MeetingSlice,
  PreferencesSlice,
  RollSlice,
  ActionsSlice,
  LockSlice,
  AttendanceSlice,
  PersistenceSlice,
  ChecklistSlice,
  RenameOnAdmitSlice,
  IdentitySlice,
  RegistrationsSlice,
  RecordingSlice,
  ChatSlice,
  RollCallSlice,
  SharingSlice,
  ErasureSlice,
  OpeningMessageSlice,
];

type KeysOf<T> = T extends unknown ? keyof T : never;

/** Keys that two slices of the list both declare (never when they are all distinct). */
type Collisions<List extends readonly unknown[]> = List extends readonly [
  infer Head,
  ...infer Tail extends readonly unknown[],
]
  ? Extract<keyof Head, KeysOf<Tail[number]>> | Collisions<Tail>
  : never;

type Intersection<List extends readonly unknown[]> = List extends readonly [
  infer Head,
  ...infer Tail extends readonly unknown[],
]
  ? Head & Intersection<Tail>
  : unknown;

// Spreading slices into one object lets a later slice silently replace an earlier one's key: this
// line stops the build instead, naming the key.
const noCollision: [Collisions<Slices>] extends [never] ? true : Collisions<Slices> = true;
void noCollision;

/** The whole app state: one store made of slices (zustand's slices pattern). */
export type AppState = Intersection<Slices>;

/**
 * A slice creator: it builds `Own` and sees only `Reads`, the slices it reads or calls (besides
 * itself), so the coupling between slices shows in their types. Services come in a closure:
 * `createXSlice(services)` returns the creator.
 */
export type SliceCreator<Own, Reads = unknown> = StateCreator<Own & Reads, [], [], Own>;

export type AppStore = StoreApi<AppState>;

type ActionKeys = {
  [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof AppState];

/** Every action of every slice, and nothing else: the one way state changes. */
export type AppActions = Pick<AppState, ActionKeys>;

/** The state without its actions: what selectors read and tests set. */
export type AppData = Omit<AppState, ActionKeys>;

/**
 * A fresh store over its services (a meeting client, the call limiter, storage, the clock); the
 * app makes one, and each test makes its own. Services not given get their defaults.
 */
export function createAppStore(services: Partial<AppServices> = {}): AppStore {
  const given = createServices(services);
  const store = createStore<AppState>()((...args) => ({
    ...createConnectionSlice(...args),
    ...createMeetingSlice(...args),
    ...createPreferencesSlice(...args),
    ...createRollSlice(given)(...args),
    ...createActionsSlice(given)(...args),
    ...createLockSlice(given)(...args),
    ...createAttendanceSlice(...args),
    ...createPersistenceSlice(given)(...args),
    ...createChecklistSlice(...args),
    ...createRenameOnAdmitSlice(...args),
    ...createIdentitySlice(given)(...args),
    ...createRegistrationsSlice(given)(...args),
    ...createRecordingSlice(given)(...args),
    ...createChatSlice(given)(...args),
    ...createRollCallSlice(given)(...args),
    ...createSharingSlice()(...args),
    ...createErasureSlice(given)(...args),
    ...createOpeningMessageSlice(given)(...args),
  }));
  // Queued renames (people renamed while waiting) go out as their admission arrives.
  followAdmissions(store);
  return store;
}

import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

/** Makes one store available to the components below. */
export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for event handlers that call actions or read state once. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider> above it.');
  return store;
}

/**
 * The store's actions, grouped: they never change, so this neither subscribes nor re-renders
 * (`const actions = useAppActions(); … onClick={() => actions.lockNow()}`).
 */
export function useAppActions(): AppActions {
  return useAppStoreApi().getState();
}

/** Subscribes to one selected value; use the named selectors in selectors.ts. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

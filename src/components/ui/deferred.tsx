import { useEffect, useState } from 'react';
import type { ComponentType } from 'react';

/*
 * Dialogs a host opens by a click are not needed to paint the roster: each is its own chunk,
 * fetched by `preloadDeferred()` right after the first paint (main.tsx), so by the time anyone
 * clicks it is there and opens at once. Opened sooner, it shows as soon as its chunk arrives.
 */

const loaders: Array<() => Promise<unknown>> = [];

/**
 * Fetches every deferred component now, and those their chunks bring (a dialog opened from the
 * toolbar's More panel); resolves when all are in (unit tests start with them).
 */
export async function preloadDeferred(): Promise<void> {
  let fetched = 0;
  while (fetched < loaders.length) {
    const next = loaders.slice(fetched);
    fetched = loaders.length;
    await Promise.all(next.map((load) => load().catch(() => {})));
  }
}

/** A component whose code loads apart from the first paint (`load` imports its module). */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const loadOnce = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (network) is tried again on the next open.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  loaders.push(loadOnce);

  function Deferred(props: P) {
    // The component is kept in state, so one that arrives while open never remounts.
    const [Component, setComponent] = useState<{ is: ComponentType<P> } | null>(() =>
      loaded ? { is: loaded } : null,
    );
    const [failure, setFailure] = useState<unknown>(null);
    useEffect(() => {
      if (Component) return;
      let current = true;
      loadOnce().then(
        (is) => current && setComponent({ is }),
        (error: unknown) => current && setFailure(error),
      );
      return () => {
        current = false;
      };
    }, [Component]);
    // Its part of the panel shows the failure (crash boundaries), rather than a click doing nothing.
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
    return Component ? <Component.is {...props} /> : null;
  }
  return Deferred;
}

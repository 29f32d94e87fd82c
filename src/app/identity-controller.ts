import type { AppStore } from '../store/app-store';
import { watch } from '../store/watch';

/**
 * How long people get to answer Zoom's e-mail consent prompt. Zoom never says that someone
 * ignored it, so after this the round ends and those who did not answer are "no answer".
 */
export const EMAIL_ANSWER_WINDOW_MS = 90_000;

export interface IdentityControllerOptions {
  windowMs?: number;
  setTimer?: (callback: () => void, ms: number) => () => void;
}

/** Ends each "Verify e-mails" round after the answer window. Returns a disposer. */
export function startIdentityController(
  store: AppStore,
  options: IdentityControllerOptions = {},
): () => void {
  const windowMs = options.windowMs ?? EMAIL_ANSWER_WINDOW_MS;
  const setTimer =
    options.setTimer ??
    ((callback: () => void, ms: number) => {
      const id = setTimeout(callback, ms);
      return () => clearTimeout(id);
    });
  let cancel: (() => void) | undefined;
  const unwatch = watch(
    store,
    (state) => (state.emailRequest.status === 'waiting' ? state.emailRequest.askedAt : null),
    (askedAt) => {
      cancel?.();
      cancel = undefined;
      if (askedAt === null) return;
      cancel = setTimer(() => store.getState().finishEmailRequest(), windowMs);
    },
  );
  return () => {
    cancel?.();
    unwatch();
  };
}

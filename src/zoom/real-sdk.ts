import { installMessageGuard } from './message-guard';
import type { SdkLike } from './sdk-like';

/**
 * Loads the real `@zoom/appssdk` on first use, so merely importing the adapter (as the store and its
 * tests do for types and MeetingError) never runs the SDK bundle.
 *
 * The SDK object is a Proxy that turns *every* unknown property into an API call — `then`
 * included — so it is a thenable that never settles: resolving a promise with it, or returning it
 * from an async function, hangs forever. Hence the wrapper object.
 */
export async function loadZoomSdk(): Promise<{ sdk: SdkLike }> {
  // Before the SDK adds its own listener: forged messages from other frames never reach it.
  if (typeof window !== 'undefined') installMessageGuard(window);
  const { default: zoomSdk } = await import('@zoom/appssdk');
  // The cast only bridges the mistyped showNotification parameter in sdk.d.ts (see sdk-like.ts).
  return { sdk: zoomSdk as unknown as SdkLike };
}

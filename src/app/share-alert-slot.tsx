import { deferred } from '../components/ui/deferred';
import { useAppStore } from '../store/store-context';

// The screen-sharing alert is not needed to paint the roster: it is fetched right after the first
// paint (preloadDeferred), with the deferred dialogs, so a share that starts later alerts at once
// (one already under way shows when the chunk arrives). Its words are in the roster's English, so
// it never waits for the later English. While nobody shares it is not even mounted, so the header
// drawn before the roster (while Doorkeeper talks to Zoom) does not fetch it either.
const ShareAlertBody = deferred(() =>
  import('../features/sharing/share-alert').then((m) => m.ShareAlert),
);

/** The screen-sharing alert's place in the header, filled while someone shares. */
export function ShareAlertSlot() {
  return useAppStore((state) => state.sharers.size > 0) ? <ShareAlertBody /> : null;
}

import type { AppStore } from '../store/app-store';
import { canUseHostApis } from '../store/selectors';
import { watch } from '../store/watch';
import type { MeetingClient } from '../zoom/meeting-client';

/**
 * Keeps the store's cloud-recording state live: read with getRecordingContext whenever the panel
 * becomes ready (first load, reconnect, role regained), then followed through onCloudRecording.
 * It reads the join link at the same moments, for the checklist. Both are host and co-host only in Zoom's typings, so an attendee's state is "unknown".
 * Returns a disposer.
 */
export function startRecordingController(client: MeetingClient, store: AppStore): () => void {
  let reads = 0;
  const read = (): void => {
    const run = ++reads;
    client.getCloudRecording().then(
      (state) => {
        if (run === reads) store.getState().setCloudRecording(state);
      },
      // Unknown is the honest answer when Zoom will not tell: the checklist says "can't tell".
      () => {
        if (run === reads) store.getState().setCloudRecording(null);
      },
    );
  };
  // The join link, for the checklist's passcode check (host and co-host only, like recording).
  const readJoinUrl = (): void => {
    client.getJoinUrl().then(
      (url) => store.getState().setJoinUrl(url === '' ? null : url),
      () => store.getState().setJoinUrl(null),
    );
  };
  const unsubscribe = client.subscribe((event) => {
    if (event.type === 'cloudRecordingChanged') {
      reads += 1; // an event is newer than any read still in flight
      store.getState().setCloudRecording(event.state);
    } else if (event.type === 'myContextChanged' && !canUseHostApis(event.user.role)) {
      reads += 1;
      store.getState().setCloudRecording(null);
    }
  });
  const stopWatching = watch(
    store,
    (state) => state.connection.status,
    (status) => {
      if (status === 'ready') {
        read();
        readJoinUrl();
      }
    },
  );
  if (store.getState().connection.status === 'ready') {
    read();
    readJoinUrl();
  }
  return () => {
    unsubscribe();
    stopWatching();
  };
}

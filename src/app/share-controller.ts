import type { AppStore } from '../store/app-store';
import type { MeetingClient } from '../zoom/meeting-client';

/**
 * Follows who shares their screen (onShareScreen, which Zoom sends to every role). Zoom has no call
 * that says who is sharing, so a panel opened during a share learns of it at the next start. A
 * leave or a move to the waiting room ends a share here even if Zoom's "stop" never comes, so
 * someone who rejoins under the same UUID is not still taken for a sharer.
 * Returns a disposer.
 */
export function startShareController(client: MeetingClient, store: AppStore): () => void {
  return client.subscribe((event) => {
    const { setSharing } = store.getState();
    switch (event.type) {
      case 'shareScreenChanged':
        setSharing(event.participantUUID, event.sharing, event.at);
        break;
      case 'participantLeft':
      case 'waitingRoomJoined':
        setSharing(event.participant.participantUUID, false, event.at);
        break;
    }
  });
}

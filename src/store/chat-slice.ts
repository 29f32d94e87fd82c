import { isMeetingError } from '../zoom/errors';
import type { AppState, SliceCreator } from './app-store';
import type { ConnectionProblem } from './connection-slice';
import type { AppServices } from './services';

export type ChatWork =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'sent'; message: string }
  | { kind: 'failed'; problem: ConnectionProblem };

export interface ChatSlice {
  chatWork: ChatWork;
  /** Post to the meeting chat (the host's click); false when it could not be started. */
  postChatMessage: (message: string) => boolean;
}

/** Posting words for participants to the meeting chat (Zoom's sendMessageToChat). */
export function createChatSlice(services: AppServices): SliceCreator<ChatSlice> {
  return (set, get) => ({
    chatWork: { kind: 'idle' },
    postChatMessage: (message) => {
      const client = services.client;
      if (!client || message.trim() === '' || get().chatWork.kind === 'pending') return false;
      set({ chatWork: { kind: 'pending' } });
      services.limiter
        .run(() => client.sendChatMessage(message))
        .then(
          () => set({ chatWork: { kind: 'sent', message } }),
          (error: unknown) =>
            set({
              chatWork: {
                kind: 'failed',
                problem: isMeetingError(error)
                  ? { kind: error.kind, message: error.message }
                  : { kind: 'unknown', message: String(error) },
              },
            }),
        );
      return true;
    },
  });
}

export const selectChatWork = (state: AppState) => state.chatWork;

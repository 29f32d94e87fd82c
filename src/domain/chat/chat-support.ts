import { versionAtLeast } from '../meeting/client-version';

/** The oldest desktop client with sendMessageToChat (its @zoomDesktopClientVersion in the typings). */
export const CHAT_MIN_VERSION = '6.2.5';

/** Whether the panel can post to the meeting chat, and if not, why (for the words shown instead). */
export type ChatSupport =
  | { ok: true }
  | { ok: false; reason: 'oldClient'; version: string }
  | { ok: false; reason: 'notAvailable' }
  | { ok: false; reason: 'unknown' };

/**
 * Can this client post to the meeting chat? Not before the client answered config; not when it
 * listed sendMessageToChat as unsupported (a web client, a role, an admin); not below 6.2.5.
 */
export function chatSupport(
  info: { clientVersion: string; unsupportedApis: readonly string[] } | null,
): ChatSupport {
  if (info === null) return { ok: false, reason: 'unknown' };
  if (info.clientVersion !== '' && !versionAtLeast(info.clientVersion, CHAT_MIN_VERSION))
    return { ok: false, reason: 'oldClient', version: info.clientVersion };
  if (info.unsupportedApis.includes('sendMessageToChat'))
    return { ok: false, reason: 'notAvailable' };
  return { ok: true };
}

/** The oldest desktop client with sendMessageToChat (its @zoomDesktopClientVersion in the typings). */
export const CHAT_MIN_VERSION = '6.2.5';

/** Whether the panel can post to the meeting chat, and if not, why (for the words shown instead). */
export type ChatSupport =
  | { ok: true }
  | { ok: false; reason: 'oldClient'; version: string }
  | { ok: false; reason: 'notAvailable' }
  | { ok: false; reason: 'unknown' };

/** a ≥ b for dotted version numbers ("6.4.10" ≥ "6.2.5"); parts that are not numbers count as 0. */
export function versionAtLeast(a: string, b: string): boolean {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

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

/**
 * "Show me that row": an alert in the header asks, whichever list holds the row answers by
 * scrolling it into view and focusing it. A request waits (briefly) for a list that is not
 * mounted yet, e.g. while the tab bar switches back to the roster.
 */
const EVENT = 'doorkeeper:reveal';
let pending: { key: string; at: number } | null = null;

export function revealRow(key: string): void {
  pending = { key, at: Date.now() };
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: key }));
}

/** The key asked for in the last two seconds and not yet shown, taken (so only one list answers). */
export function takePendingReveal(has: (key: string) => boolean): string | null {
  if (!pending || Date.now() - pending.at > 2_000 || !has(pending.key)) return null;
  const { key } = pending;
  pending = null;
  return key;
}

export function onReveal(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

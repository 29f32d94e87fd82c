/**
 * How much of a display name is analysed (matched, checked for bots, devices, look-alikes).
 * Zoom keeps display names far shorter; a longer one comes from a hostile client, and nothing
 * past this point makes a name more like anyone on a roll. The full name is still shown and
 * exported as it is.
 */
export const MAX_ANALYSED_NAME = 256;

/** The first MAX_ANALYSED_NAME UTF-16 units of a name, never splitting a surrogate pair. */
export function analysedPart(name: string): string {
  if (name.length <= MAX_ANALYSED_NAME) return name;
  const last = name.charCodeAt(MAX_ANALYSED_NAME - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_ANALYSED_NAME - 1 : MAX_ANALYSED_NAME;
  return name.slice(0, end);
}

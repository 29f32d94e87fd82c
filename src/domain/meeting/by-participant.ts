/** Whether a lookup was given as a list (Array.isArray does not narrow a readonly array away). */
function isList<T>(items: ReadonlyMap<string, T> | readonly T[]): items is readonly T[] {
  return Array.isArray(items);
}

/**
 * Per-participant items (matches, say) given as a map by participant UUID or as a list: a map
 * either way. A map is returned as it is, not copied.
 */
export function byParticipant<T extends { participantUUID: string }>(
  items: ReadonlyMap<string, T> | readonly T[],
): ReadonlyMap<string, T> {
  return isList(items) ? new Map(items.map((item) => [item.participantUUID, item])) : items;
}

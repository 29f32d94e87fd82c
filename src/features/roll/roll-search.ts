import type { RollEntry } from '../../domain/matching';
import { foldName } from '../../domain/roll';

// Folded once per roll: searching 20,000 names per keystroke must not fold them again each time.
const folded = new WeakMap<readonly RollEntry[], readonly string[]>();

function foldedNames(entries: readonly RollEntry[]): readonly string[] {
  let names = folded.get(entries);
  if (!names) {
    names = entries.map((entry) => foldName(`${entry.name} ${entry.email ?? ''}`));
    folded.set(entries, names);
  }
  return names;
}

/** Whether entry `index` of `entries` contains every word of the query (case and accents ignored). */
export function rollEntryMatcher(
  entries: readonly RollEntry[],
  query: string,
): (index: number) => boolean {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  const names = foldedNames(entries);
  return (index) => {
    const name = names[index] ?? '';
    return words.every((word) => name.includes(word));
  };
}

/**
 * Wraps a display name in Unicode isolates (FSI … PDI) before it goes into a sentence, so that
 * right-to-left or bidi-control characters in a hostile name cannot reorder the words around it.
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

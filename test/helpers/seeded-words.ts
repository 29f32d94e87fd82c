/**
 * Words drawn from an alphabet by a seeded linear congruential generator: the same seed gives the
 * same words on every run, so a test comparing a fast path with its reference is reproducible.
 * Each word has minLength to minLength + 8 symbols (a symbol may be a combining mark or a
 * surrogate pair's half, on purpose).
 */
export function* seededWords(
  alphabet: readonly string[],
  seed: number,
  count: number,
  minLength: number,
): Generator<string> {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  for (let i = 0; i < count; i++) {
    let w = '';
    const length = minLength + next(9);
    for (let j = 0; j < length; j++) w += alphabet[next(alphabet.length)];
    yield w;
  }
}

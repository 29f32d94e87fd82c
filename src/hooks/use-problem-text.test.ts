import { describe, expect, it } from 'vitest';
import { problemKind } from './use-problem-text';

describe('problemKind', () => {
  it('keeps every kind it has words for', () => {
    for (const kind of ['permission', 'timeout', 'not-found', 'locked', 'waiting-room-refused'])
      expect(problemKind(kind)).toBe(kind);
  });

  it('reads a kind it has no words for (a newer or older saved lock state) as unknown', () => {
    expect(problemKind('rate-limited-by-a-future-zoom')).toBe('unknown');
    expect(problemKind('')).toBe('unknown');
    // Inherited names are no kinds: the tables are read as own properties only.
    expect(problemKind('toString')).toBe('unknown');
    expect(problemKind('__proto__')).toBe('unknown');
  });
});

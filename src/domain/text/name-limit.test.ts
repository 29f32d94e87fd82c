import { describe, expect, it } from 'vitest';
import { analyseDisplayName } from './clean-name';
import { MAX_ANALYSED_NAME, analysedPart } from './name-limit';

describe('analysedPart', () => {
  it('keeps a name of ordinary length as it is', () => {
    expect(analysedPart('Jane Doe')).toBe('Jane Doe');
  });

  it('cuts a hostile length, never inside a surrogate pair', () => {
    expect(analysedPart('a'.repeat(10_000))).toHaveLength(MAX_ANALYSED_NAME);
    const emoji = `${'a'.repeat(MAX_ANALYSED_NAME - 1)}😀tail`;
    expect(analysedPart(emoji)).toBe('a'.repeat(MAX_ANALYSED_NAME - 1));
  });

  it('analyses only the start of a 10,000-character name but keeps the whole of it as raw', () => {
    const raw = `Jane Doe ${'x'.repeat(10_000)}`;
    const analysed = analyseDisplayName(raw);
    expect(analysed.raw).toBe(raw);
    expect(analysed.variants[0]?.text.length ?? 0).toBeLessThanOrEqual(MAX_ANALYSED_NAME);
  });
});

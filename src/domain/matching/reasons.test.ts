import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_ENGLISH, reasonText } from './reasons';

const here = dirname(fileURLToPath(import.meta.url));
// Matches are worded in the later English (the roster's sections are split by key).
const english = JSON.parse(
  readFileSync(resolve(here, '../../i18n/late/roster-later.en.json'), 'utf8'),
) as {
  roll: { reason: Record<string, string> };
};

describe('match reasons', () => {
  it('are worded in the English catalog exactly as the CLI prints them', () => {
    expect(english.roll.reason).toEqual(REASON_ENGLISH);
  });

  it('fill in their parameters', () => {
    expect(reasonText({ code: 'nickname', params: { shown: 'Bob', roll: 'Robert' } })).toBe(
      'nickname: Bob → Robert',
    );
    expect(reasonText({ code: 'held', params: { holder: 'Jane Doe' } })).toBe(
      'Jane Doe already holds this roll entry',
    );
  });
});

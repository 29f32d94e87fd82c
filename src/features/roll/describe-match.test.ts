import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../domain/matching';
import type { RollEntry } from '../../domain/matching';
import { createI18n } from '../../i18n/i18n';
import type { SupportedLanguage } from '../../i18n/languages';
import { describeMatch } from './describe-match';

const roll: RollEntry[] = [
  { id: 'r1', name: 'Robert Smith' },
  { id: 'r2', name: 'Jane Doe' },
];
const entries = new Map(roll.map((entry) => [entry.id, entry]));
const { participants } = createMatcher(roll).matchAll([
  { participantUUID: 'b', screenName: 'Bob Smith' },
  { participantUUID: 'j1', screenName: 'Jane Doe' },
  { participantUUID: 'j2', screenName: 'Jane Doe' },
]);
const [bob, , second] = participants;

async function lines(language: SupportedLanguage) {
  const { t } = await createI18n(language);
  return { bob: describeMatch(t, bob!, entries), second: describeMatch(t, second!, entries) };
}

// The matcher returns reason codes with parameters; each language words them (issue 13).
describe('match reasons in the panel’s language', () => {
  it.each<[SupportedLanguage, string, string]>([
    [
      'en',
      'nickname: \u2068Bob\u2069 → \u2068Robert\u2069',
      '\u2068Jane Doe\u2069 already holds this roll entry',
    ],
    [
      'de',
      'Spitzname: \u2068Bob\u2069 → \u2068Robert\u2069',
      '\u2068Jane Doe\u2069 hat diesen Eintrag der Liste bereits',
    ],
    [
      'ja',
      '愛称: \u2068Bob\u2069 → \u2068Robert\u2069',
      '\u2068Jane Doe\u2069 がすでにこの名簿の項目を使っています',
    ],
  ])('%s', async (language, nickname, held) => {
    const said = await lines(language);
    expect(said.bob).toContain(nickname);
    expect(said.second).toContain(held);
  });
});

// Names are isolated (the table above too): a name in another script (Hebrew, Arabic) beside
// " → " or ", " would otherwise trade places with its neighbour ("typo: shown → roll" read as
// "roll → shown").
describe('names in match reasons', () => {
  it('are each isolated in a list of roll names', async () => {
    const said = await lines('en');
    expect(said.second).toContain('Already held by someone else: \u2068Jane Doe\u2069');
  });
});

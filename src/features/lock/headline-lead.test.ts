import { describe, expect, it } from 'vitest';
import { headlineLead } from './headline-lead';

describe('headlineLead: the first words a lock line shows whole, or none of the rest', () => {
  it.each([
    ['en', ' nobody gets in without your click.', 'nobody gets'],
    ['es', ' nadie entra sin su clic.', 'nadie entra'],
    // One short word is never all: "ya no" is two, but too short to say anything.
    ['es', ' ya no es anfitrión ni coanfitrión.', 'ya no es'],
    ['de', ' Niemand kommt ohne Ihren Klick herein.', 'Niemand kommt'],
    ['fr', ' personne n’entre sans votre clic.', 'personne n’entre'],
    ['fil', ' walang makakapasok nang hindi mo kini-click.', 'walang makakapasok'],
    ['id', ' tidak ada yang masuk tanpa klik Anda.', 'tidak ada'],
    // Japanese has no spaces: words as its segmenter finds them.
    ['ja', ' あなたがクリックしない限り誰も入れません。', 'あなたがクリック'],
    // A breach: the isolated name comes whole, with its isolates.
    ['en', ' \u2068Gate Crasher\u2069 is in the meeting', '\u2068Gate Crasher\u2069'],
    ['en', ' \u2068Bo\u2069 is in the meeting', '\u2068Bo\u2069 is in'],
  ])('%s: "%s" → "%s"', (language, rest, lead) => {
    expect(headlineLead(rest, language)).toBe(lead);
  });

  it('takes all of a rest shorter than a lead', () => {
    expect(headlineLead(' ok', 'en')).toBe('ok');
    expect(headlineLead('', 'en')).toBe('');
  });
});

/**
 * Why the matcher decided as it did, as codes with parameters: the panel translates them
 * (roll.reason.<code> in every catalog), the reconcile CLI prints the English below. Parameters
 * hold names as written (attacker-controlled text: render it as text, never as markup).
 */

/** Every reason the matcher gives. */
export type ReasonCode =
  | 'same-name'
  | 'nickname'
  | 'spelling'
  | 'short-form'
  | 'typo'
  | 'initial'
  | 'joined'
  | 'joined-initial'
  | 'extra-word'
  | 'partial'
  | 'transliterated'
  | 'rival'
  | 'ambiguous'
  | 'device-removed'
  | 'zoom-email'
  | 'verified-email-other'
  | 'verified-email-unknown'
  | 'roll-email'
  | 'handle'
  | 'linked'
  | 'unlinked'
  | 'held'
  | 'displaced'
  | 'bot'
  | 'dial-in'
  | 'device'
  | 'invisible'
  | 'bidi'
  | 'fullwidth'
  | 'mixed-script'
  | 'lookalike'
  | 'lookalike-participant'
  | 'lookalike-waiting'
  | 'no-lookalike';

/** One reason: a code and its parameters (shown: the display word; roll: the roll word; holder: a display name). */
export interface MatchReason {
  code: ReasonCode;
  params?: Readonly<Record<string, string>>;
}

/** The English wording, in the catalogs' {{param}} syntax (roll.reason.* in i18n/late/roster-later.en.json says the same). */
export const REASON_ENGLISH: Readonly<Record<ReasonCode, string>> = {
  'same-name': 'same name',
  nickname: 'nickname: {{shown}} → {{roll}}',
  spelling: 'other spelling: {{shown}} → {{roll}}',
  'short-form': 'short form: {{shown}} → {{roll}}',
  typo: 'typo: {{shown}} → {{roll}}',
  initial: 'initial: {{shown}} → {{roll}}',
  joined: 'written together: {{shown}} → {{roll}}',
  'joined-initial': 'written together with an initial: {{shown}} → {{roll}}',
  'extra-word': 'a word not on the roll',
  partial: 'part of the name only',
  transliterated: 'written in another alphabet, compared in Latin letters',
  rival: 'another roll entry also fits',
  ambiguous: 'fits several roll entries',
  'device-removed': 'device name removed',
  'zoom-email': 'e-mail shared by Zoom matches the roll',
  'verified-email-other': 'the verified e-mail belongs to another roll entry',
  'verified-email-unknown': 'the verified e-mail is on no roll entry',
  'roll-email': 'e-mail address on the roll',
  handle: 'the name is the start of the e-mail address on the roll',
  linked: 'linked by the host',
  unlinked: 'the host unlinked a roll entry',
  held: '{{holder}} already holds this roll entry',
  displaced: '{{holder}} has a better claim to this roll entry',
  bot: 'meeting bot or note-taker',
  'dial-in': 'phone dial-in',
  device: 'device name, no person in it',
  invisible: 'invisible characters',
  bidi: 'text-direction controls',
  fullwidth: 'full-width letters',
  'mixed-script': 'letters from another alphabet that look Latin',
  lookalike: 'looks like a roll name',
  'lookalike-participant': 'looks like the name of {{holder}}, who is in the meeting',
  'lookalike-waiting': 'looks like the name of {{holder}}, who is in the waiting room',
  'no-lookalike': 'matches no one on the roll',
};

/** A reason in English (the reconcile CLI's wording). */
export function reasonText(reason: MatchReason): string {
  return REASON_ENGLISH[reason.code].replace(
    /\{\{(\w+)\}\}/gu,
    (_m, name: string) => reason.params?.[name] ?? '',
  );
}

/** Shorthand for a reason. */
export function reason(code: ReasonCode, params?: Readonly<Record<string, string>>): MatchReason {
  return params ? { code, params } : { code };
}

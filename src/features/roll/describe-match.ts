import type { TFunction } from 'i18next';
import type { MatchFlag, ParticipantMatch, RollEntry } from '../../domain/matching';
import type { BadgeTone } from '../../components/ui/badge';
import { isolate } from '../../components/ui/isolate';

/** Flags in the order their badges appear, most serious first, with their tone (text always says it too). */
export const FLAG_ORDER: readonly MatchFlag[] = [
  'impostor',
  'duplicate',
  'ambiguous',
  'bot',
  'dial-in',
  'device',
  'manual',
];

export const FLAG_TONE: Readonly<Record<MatchFlag, BadgeTone>> = {
  impostor: 'danger',
  duplicate: 'warning',
  ambiguous: 'warning',
  bot: 'neutral',
  'dial-in': 'neutral',
  device: 'neutral',
  manual: 'accent',
};

export const CONFIDENCE_TONE: Readonly<Record<ParticipantMatch['confidence'], BadgeTone>> = {
  sure: 'success',
  likely: 'warning',
  none: 'neutral',
};

const nameOf = (entries: ReadonlyMap<string, RollEntry>, id: string) => entries.get(id)?.name ?? id;

/** The roll names a participant holds: their entry, then any extra entries a link gave them. */
export function heldNames(
  match: ParticipantMatch,
  entries: ReadonlyMap<string, RollEntry>,
): string[] {
  if (!match.rollId) return [];
  return [match.rollId, ...(match.extraRollIds ?? [])].map((id) => nameOf(entries, id));
}

/** Why the matcher decided as it did, as lines for a tooltip and a screen reader. */
export function describeMatch(
  t: TFunction,
  match: ParticipantMatch,
  entries: ReadonlyMap<string, RollEntry>,
): string[] {
  // Codes with parameters: each language words them (roll.reason.* in every catalog). Every
  // parameter is a name or a word of one: isolated, so a name in another script cannot trade
  // places with the words or the name beside it.
  const lines = match.reasons.map((r) =>
    t(`roll.reason.${r.code}`, {
      shown: '',
      roll: '',
      holder: '',
      ...Object.fromEntries(Object.entries(r.params ?? {}).map(([k, v]) => [k, isolate(v)])),
    }),
  );
  const candidates = (match.candidates ?? []).map((id) => isolate(nameOf(entries, id))).join(', ');
  if (candidates) {
    if (match.flags.includes('impostor'))
      lines.push(t('roll.match.imitates', { names: candidates }));
    else if (match.flags.includes('duplicate'))
      lines.push(t('roll.match.alreadyHeld', { names: candidates }));
    else lines.push(t('roll.match.couldBe', { names: candidates }));
  }
  if (lines.length === 0 && match.confidence === 'none') lines.push(t('roll.match.noReason'));
  return lines;
}

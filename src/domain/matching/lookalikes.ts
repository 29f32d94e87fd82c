/**
 * Impostor flags against everyone visible: a participant nobody on the roll fits whose display name
 * looks like another participant's.
 */
import {
  isSuspicious,
  narrowFullwidth,
  stripEmoji,
  stripHidden,
  unicodeSignals,
  visibleForm,
  isPrintableAscii,
} from '../text';
import { reason } from './reasons';
import type { ParticipantMatch, RosterEntry } from './types';

const CACHE_LIMIT = 20_000;

export interface VisibleForm {
  text: string;
  skeleton: string;
  /** Invisible, bidi, full-width or disguised characters (computed only when texts tie). */
  hidden?: boolean;
}

// A pure function of the screen name, kept across matchers like the display name readings (a new
// roll or re-import keeps the meeting's names). `hidden` is filled in on first need, never changed.
const forms = new Map<string, VisibleForm>();

/** The look-alike form of a screen name (cached across matchers: a pure function of the name). */
export function formOf(screenName: string): VisibleForm {
  let form = forms.get(screenName);
  if (!form) {
    form = lookalikeForm(screenName);
    if (forms.size >= CACHE_LIMIT) forms.clear();
    forms.set(screenName, form);
  }
  return form;
}

function lookalikeForm(screenName: string): VisibleForm {
  if (isPrintableAscii(screenName)) {
    // Fields copied by name, not spread: before the spread's inline cache warms up, each spread
    // object gets a map of its own, and flagLookalikes' reads of a thousand forms each missed
    // the megamorphic cache (a runtime call apiece on a cold first match).
    const form = visibleForm(screenName);
    return { text: form.text, skeleton: form.skeleton, hidden: false };
  }
  return visibleForm(narrowFullwidth(stripHidden(stripEmoji(screenName.normalize('NFC')))));
}

function hiddenIn(screenName: string, form: VisibleForm): boolean {
  form.hidden ??= isSuspicious(unicodeSignals(stripEmoji(screenName.normalize('NFC'))));
  return form.hidden;
}

/**
 * Attackers copy the participant list, not the roll: a participant nobody on the roll fits whose
 * name looks like another participant's (same skeleton, different letters; or the same letters
 * behind invisible or look-alike characters) is an impostor of that participant.
 */
export function flagLookalikes(
  roster: readonly RosterEntry[],
  participants: ParticipantMatch[],
  formOf: (screenName: string) => VisibleForm,
): void {
  if (roster.length < 2) return;
  const open = (m: ParticipantMatch): boolean =>
    m.rollId === null && m.flags.every((f) => f === 'ambiguous');
  if (!participants.some(open)) return;
  // Bots, dial-ins and devices are nobody to imitate.
  const nobody = (m: ParticipantMatch | undefined): boolean =>
    m?.flags.some((f) => f === 'bot' || f === 'dial-in' || f === 'device') ?? true;
  const bySkeleton = new Map<string, number[]>();
  const forms = roster.map((p, i) => {
    if (nobody(participants[i])) return null;
    const form = formOf(p.screenName);
    if (form.skeleton.length >= 2) {
      const list = bySkeleton.get(form.skeleton);
      if (list) list.push(i);
      else bySkeleton.set(form.skeleton, [i]);
    }
    return form;
  });
  const held = participants.map((m) => m.rollId !== null);
  participants.forEach((m, i) => {
    const mine = forms[i];
    if (!open(m) || !mine) return;
    const others = bySkeleton.get(mine.skeleton) ?? [];
    // The copy is the one without a roll entry, the one hiding characters, or else the later one.
    const copied = others.find((j) => {
      const theirs = forms[j];
      if (j === i || !theirs) return false;
      if (theirs.text !== mine.text) return held[j] === true || j < i;
      const name = (k: number): string => roster[k]?.screenName ?? '';
      return hiddenIn(name(i), mine) && !hiddenIn(name(j), theirs);
    });
    if (copied === undefined) return;
    const original = participants[copied];
    const name = roster[copied]?.screenName ?? '';
    const where = roster[copied]?.waiting ? 'lookalike-waiting' : 'lookalike-participant';
    participants[i] = {
      ...m,
      confidence: 'none',
      flags: [...m.flags.filter((f) => f !== 'ambiguous'), 'impostor'],
      reasons: [...m.reasons, reason(where, { holder: name })],
      candidates: original?.rollId ? [original.rollId] : [],
    };
  });
}

import type { ParticipantMatch } from '../matching/types';
// The module itself, not the barrel: through it the privacy names' code would come into the first
// paint with the store (sharing-slice), which needs none of it.
import { exposesContactDetails } from '../privacy/contact-details';
import { isStaff } from '../roles';
import type { RosterParticipant } from '../meeting/types';

/**
 * Who a "please rename" message in the chat is for: people in the main room whose display name
 * shows an e-mail address or a phone number, and (with a roll) people on no roll entry.
 */
export interface RenameRequestTargets {
  contactDetails: readonly string[];
  notOnRoll: readonly string[];
}

export interface RenameRequestFacts {
  participants: ReadonlyMap<
    string,
    Pick<RosterParticipant, 'participantUUID' | 'screenName' | 'role' | 'location'>
  >;
  matches: ReadonlyMap<string, ParticipantMatch>;
  rollLoaded: boolean;
  meUUID: string | null;
}

/**
 * The people a rename request concerns. An e-mail address or phone number in anyone's name is
 * exposed to everyone, a co-host's too (the checklist's item fails for it), so only the app user
 * is left out (the request would be to themselves; the item's rename fix serves them). Not being
 * on the roll concerns attendees only: hosts, co-hosts and panelists choose their own name.
 * Waiting-room names reach hosts only, so only the main room counts. Zoom's sendMessageToChat
 * takes a message and no recipient, so the message goes to everyone and names nobody: these
 * lists decide only whether to offer it, and say why.
 */
export function renameRequestTargets(facts: RenameRequestFacts): RenameRequestTargets {
  const contactDetails: string[] = [];
  const notOnRoll: string[] = [];
  for (const person of facts.participants.values()) {
    if (person.location !== 'meeting' || person.participantUUID === facts.meUUID) continue;
    if (exposesContactDetails(person.screenName)) contactDetails.push(person.participantUUID);
    else if (
      !isStaff(person.role) &&
      facts.rollLoaded &&
      (facts.matches.get(person.participantUUID)?.rollId ?? null) === null
    )
      notOnRoll.push(person.participantUUID);
  }
  return { contactDetails, notOnRoll };
}

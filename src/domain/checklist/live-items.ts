import { byParticipant } from '../meeting/by-participant';
import { isStaff } from '../roles';
import { exposesContactDetails, isPrivacyName } from '../privacy';
import {
  clientTooOld,
  earlierUse,
  joinUrlCarriesPasscode,
  sensitiveTopicTerm,
} from './meeting-checks';
import type { ParticipantMatch } from '../matching/types';
import type {
  Fix,
  LiveItemId,
  MatchLookup,
  MeetingFacts,
  Message,
  ParticipantFact,
  Preset,
} from './types';

/**
 * A live check's verdict before the preset's severity turns it into a status:
 * `miss` becomes 'fail' for a critical item and 'warn' otherwise; `partial` is always 'warn'.
 */
export type Outcome = 'pass' | 'partial' | 'miss' | 'unknown';

export interface LiveResult {
  outcome: Outcome;
  message: Message;
  fix?: Fix;
}

const MINUTE = 60_000;

function msg(key: string, params?: Record<string, string | number>): Message {
  return params ? { key, params } : { key };
}

function isHostRole(p: ParticipantFact): boolean {
  return isStaff(p.role);
}

function inMeeting(p: ParticipantFact): boolean {
  return p.location === 'meeting';
}

function matchFinder(
  matches: MatchLookup,
): (participantUUID: string) => ParticipantMatch | undefined {
  const byUUID = byParticipant(matches);
  return (uuid) => byUUID.get(uuid);
}

function uuids(people: readonly ParticipantFact[]): string[] {
  return people.map((p) => p.participantUUID);
}

function waitingRoom(facts: MeetingFacts): LiveResult {
  switch (facts.waitingRoom) {
    case 'on':
      return { outcome: 'pass', message: msg('checklist.waitingRoom.on') };
    case 'off':
      return {
        outcome: 'miss',
        message: msg('checklist.waitingRoom.off'),
        fix: { kind: 'enableWaitingRoom' },
      };
    case 'unknown':
      return { outcome: 'unknown', message: msg('checklist.waitingRoom.unknown') };
  }
}

/**
 * The one-click lock fix follows the preset: arm the auto-lock for "N minutes after the start" while
 * that moment is still ahead, otherwise lock now (an auto-lock armed in the past would fire at once,
 * which is a lock the host did not knowingly ask for).
 */
function lockFix(facts: MeetingFacts, preset: Preset): Fix {
  const { mode, autoLockMinutes } = preset.lock;
  if (autoLockMinutes === null) return { kind: 'lockNow', mode };
  if (facts.meetingStartedAt === null)
    return { kind: 'armAutoLock', spec: { kind: 'fromNow', minutes: autoLockMinutes }, mode };
  if (facts.meetingStartedAt + autoLockMinutes * MINUTE > facts.now) {
    return { kind: 'armAutoLock', spec: { kind: 'afterStart', minutes: autoLockMinutes }, mode };
  }
  return { kind: 'lockNow', mode };
}

function lock(facts: MeetingFacts, preset: Preset): LiveResult {
  switch (facts.lock) {
    case 'locked':
      return { outcome: 'pass', message: msg('checklist.lock.locked') };
    case 'lockedRollOnly':
      return { outcome: 'pass', message: msg('checklist.lock.rollOnly') };
    case 'paused':
      // Only regaining the host or co-host role resumes it, so there is nothing to click.
      return { outcome: 'miss', message: msg('checklist.lock.paused') };
    case 'unlocked':
      if (facts.autoLockDeadline !== null) {
        const minutes = Math.max(0, Math.ceil((facts.autoLockDeadline - facts.now) / MINUTE));
        return {
          outcome: 'pass',
          message: msg('checklist.lock.autoLockArmed', { count: minutes }),
        };
      }
      return {
        outcome: 'miss',
        message: msg('checklist.lock.unlocked'),
        fix: lockFix(facts, preset),
      };
  }
}

function recording(facts: MeetingFacts, preset: Preset): LiveResult {
  if (facts.recording === 'unknown')
    return { outcome: 'unknown', message: msg('checklist.recording.unknown') };
  if (facts.recording === 'not-recording')
    return { outcome: 'pass', message: msg('checklist.recording.off') };
  switch (preset.recording) {
    case 'allowed':
      return { outcome: 'pass', message: msg('checklist.recording.on') };
    case 'discouraged':
      return {
        outcome: 'partial',
        message: msg('checklist.recording.onDiscouraged'),
        fix: { kind: 'stopCloudRecording' },
      };
    case 'forbidden':
      return {
        outcome: 'miss',
        message: msg('checklist.recording.onForbidden'),
        fix: { kind: 'stopCloudRecording' },
      };
  }
}

/*
 * Zoom tells apps nothing about local recordings, only lets a host grant or revoke the permission
 * (allowParticipantToRecord). So this item passes once Doorkeeper has revoked it for everyone in
 * the room, and says how many are left otherwise; hosts and co-hosts record by right.
 */
function localRecording(facts: MeetingFacts): LiveResult {
  if (facts.recording === 'unknown')
    return { outcome: 'unknown', message: msg('checklist.localRecording.unknown') };
  const revoked = new Set(facts.localRecordingRevoked ?? []);
  const left = facts.participants.filter(
    (p) => inMeeting(p) && !isHostRole(p) && !revoked.has(p.participantUUID),
  );
  if (left.length === 0) return { outcome: 'pass', message: msg('checklist.localRecording.done') };
  return {
    outcome: 'partial',
    message: msg('checklist.localRecording.left', { count: left.length }),
    fix: { kind: 'revokeLocalRecording', participantUUIDs: uuids(left) },
  };
}

// Hosts and co-hosts were given their role by a host, so they are never "unknown" or impostors.
function unknownPeople(facts: MeetingFacts): LiveResult {
  if (!facts.rollLoaded)
    return { outcome: 'unknown', message: msg('checklist.unknownPeople.noRoll') };
  const matchOf = matchFinder(facts.matches);
  // No match yet counts as unknown: the safe reading while the matcher catches up.
  const unknown = facts.participants.filter(
    (p) => inMeeting(p) && !isHostRole(p) && (matchOf(p.participantUUID)?.rollId ?? null) === null,
  );
  if (unknown.length === 0)
    return { outcome: 'pass', message: msg('checklist.unknownPeople.none') };
  return {
    outcome: 'miss',
    message: msg('checklist.unknownPeople.present', { count: unknown.length }),
    fix: { kind: 'reviewUnknown', participantUUIDs: uuids(unknown) },
  };
}

function impostors(facts: MeetingFacts): LiveResult {
  if (!facts.rollLoaded) return { outcome: 'unknown', message: msg('checklist.impostors.noRoll') };
  const matchOf = matchFinder(facts.matches);
  const flagged = facts.participants.filter(
    (p) => !isHostRole(p) && matchOf(p.participantUUID)?.flags.includes('impostor') === true,
  );
  const present = flagged.filter(inMeeting);
  if (present.length > 0) {
    return {
      outcome: 'miss',
      message: msg('checklist.impostors.present', { count: present.length }),
      fix: { kind: 'reviewImpostors', participantUUIDs: uuids(present) },
    };
  }
  // Held in the waiting room they can do no harm yet, but the host should not admit them by mistake.
  if (flagged.length > 0) {
    return {
      outcome: 'partial',
      message: msg('checklist.impostors.waiting', { count: flagged.length }),
      fix: { kind: 'reviewImpostors', participantUUIDs: uuids(flagged) },
    };
  }
  return { outcome: 'pass', message: msg('checklist.impostors.none') };
}

// Only names in the main room are seen by other participants; waiting-room names reach hosts only.
function exposedContacts(facts: MeetingFacts): LiveResult {
  const exposed = facts.participants.filter(
    (p) => inMeeting(p) && exposesContactDetails(p.screenName),
  );
  if (exposed.length === 0)
    return { outcome: 'pass', message: msg('checklist.exposedContacts.none') };
  return {
    outcome: 'miss',
    message: msg('checklist.exposedContacts.present', { count: exposed.length }),
    fix: { kind: 'privacyRename', participantUUIDs: uuids(exposed) },
  };
}

// Facilitators (hosts, co-hosts) usually appear under their own name by choice.
function privacyNames(facts: MeetingFacts): LiveResult {
  const full = facts.participants.filter(
    (p) => inMeeting(p) && !isHostRole(p) && !isPrivacyName(p.screenName),
  );
  if (full.length === 0) return { outcome: 'pass', message: msg('checklist.privacyNames.ok') };
  return {
    outcome: 'miss',
    message: msg('checklist.privacyNames.present', { count: full.length }),
    fix: { kind: 'privacyRename', participantUUIDs: uuids(full) },
  };
}

// No SDK call renames a meeting or changes its link: these say what to change in Zoom.
function sensitiveTopic(facts: MeetingFacts): LiveResult {
  if (facts.topic === undefined || facts.topic === null)
    return { outcome: 'unknown', message: msg('checklist.sensitiveTopic.unknown') };
  const term = sensitiveTopicTerm(facts.topic);
  if (term === null) return { outcome: 'pass', message: msg('checklist.sensitiveTopic.ok') };
  return { outcome: 'miss', message: msg('checklist.sensitiveTopic.found', { term }) };
}

function joinLink(facts: MeetingFacts): LiveResult {
  if (facts.joinUrl === undefined || facts.joinUrl === null)
    return { outcome: 'unknown', message: msg('checklist.joinLink.unknown') };
  if (!joinUrlCarriesPasscode(facts.joinUrl))
    return { outcome: 'pass', message: msg('checklist.joinLink.ok') };
  return { outcome: 'miss', message: msg('checklist.joinLink.passcode') };
}

function clientVersion(facts: MeetingFacts): LiveResult {
  if (!facts.clientVersion)
    return { outcome: 'unknown', message: msg('checklist.clientVersion.unknown') };
  const version = facts.clientVersion;
  if (clientTooOld(version))
    return { outcome: 'miss', message: msg('checklist.clientVersion.old', { version }) };
  return { outcome: 'pass', message: msg('checklist.clientVersion.ok', { version }) };
}

// Reusing a recurring meeting's ID is normal for a weekly group, so this only ever warns: the
// host knows whether today is the same group or a new event. No SDK call gives a meeting a new ID.
function meetingReuse(facts: MeetingFacts): LiveResult {
  if (!facts.meetingHistory || !facts.meetingUUID)
    return { outcome: 'unknown', message: msg('checklist.meetingReuse.unknown') };
  const earlier = earlierUse(facts.meetingHistory, facts.meetingUUID, facts.now);
  if (earlier === null) return { outcome: 'pass', message: msg('checklist.meetingReuse.new') };
  return {
    outcome: 'partial',
    message:
      earlier.daysAgo === 0
        ? msg('checklist.meetingReuse.seenToday')
        : msg('checklist.meetingReuse.seen', { count: earlier.daysAgo }),
  };
}

/** Evaluate one live item against the facts, under a preset's policies. */
export function evaluateLiveItem(id: LiveItemId, facts: MeetingFacts, preset: Preset): LiveResult {
  switch (id) {
    case 'waitingRoom':
      return waitingRoom(facts);
    case 'lock':
      return lock(facts, preset);
    case 'recording':
      return recording(facts, preset);
    case 'localRecording':
      return localRecording(facts);
    case 'unknownPeople':
      return unknownPeople(facts);
    case 'impostors':
      return impostors(facts);
    case 'exposedContacts':
      return exposedContacts(facts);
    case 'privacyNames':
      return privacyNames(facts);
    case 'sensitiveTopic':
      return sensitiveTopic(facts);
    case 'joinLink':
      return joinLink(facts);
    case 'clientVersion':
      return clientVersion(facts);
    case 'meetingReuse':
      return meetingReuse(facts);
  }
}

import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from './evaluate';
import { facts, match, MINUTE, NOW, person } from './test-facts';
import type { ChecklistItem, Fix, ItemStatus, LiveItemId, MeetingFacts, PresetId } from './types';

function itemOf(f: MeetingFacts, preset: PresetId, id: LiveItemId): ChecklistItem {
  const found = evaluateChecklist(f, preset).find((i) => i.id === id);
  if (!found) throw new Error(`${id} is not in preset ${preset}`);
  return found;
}

interface Case {
  name: string;
  preset: PresetId;
  facts: MeetingFacts;
  status: ItemStatus;
  key: string;
  params?: Record<string, string | number>;
  fix?: Fix;
}

function run(id: LiveItemId, cases: Case[]): void {
  it.each(cases)('$name', (c) => {
    const item = itemOf(c.facts, c.preset, id);
    expect(item.kind).toBe('live');
    expect(item.status).toBe(c.status);
    expect(item.message).toEqual(c.params ? { key: c.key, params: c.params } : { key: c.key });
    expect(item.fix).toEqual(c.fix);
    expect(item.where).toBeUndefined();
  });
}

describe('waiting room', () => {
  run('waitingRoom', [
    {
      name: 'on is ok',
      preset: 'general',
      facts: facts({ waitingRoom: 'on' }),
      status: 'ok',
      key: 'checklist.waitingRoom.on',
    },
    {
      name: 'off fails and offers to turn it on',
      preset: 'general',
      facts: facts({ waitingRoom: 'off' }),
      status: 'fail',
      key: 'checklist.waitingRoom.off',
      fix: { kind: 'enableWaitingRoom' },
    },
    {
      name: 'unreadable is unknown',
      preset: 'class-coaching',
      facts: facts({ waitingRoom: 'unknown' }),
      status: 'unknown',
      key: 'checklist.waitingRoom.unknown',
    },
  ]);
});

describe('lock', () => {
  const open = { lock: 'unlocked' as const, autoLockDeadline: null };
  run('lock', [
    {
      name: 'locked is ok',
      preset: 'general',
      facts: facts({ lock: 'locked' }),
      status: 'ok',
      key: 'checklist.lock.locked',
    },
    {
      name: 'roll-only is ok',
      preset: 'anonymous-support-group',
      facts: facts({ lock: 'lockedRollOnly' }),
      status: 'ok',
      key: 'checklist.lock.rollOnly',
    },
    {
      name: 'an armed auto-lock is ok and says how long is left (rounded up)',
      preset: 'confidential-service',
      facts: facts({ lock: 'unlocked', autoLockDeadline: NOW + 4 * MINUTE + 1 }),
      status: 'ok',
      key: 'checklist.lock.autoLockArmed',
      params: { count: 5 },
    },
    {
      name: 'an overdue auto-lock never shows negative minutes',
      preset: 'general',
      facts: facts({ lock: 'unlocked', autoLockDeadline: NOW - MINUTE }),
      status: 'ok',
      key: 'checklist.lock.autoLockArmed',
      params: { count: 0 },
    },
    {
      name: 'paused fails where the lock is critical, with nothing to click',
      preset: 'anonymous-support-group',
      facts: facts({ lock: 'paused' }),
      status: 'fail',
      key: 'checklist.lock.paused',
    },
    {
      name: 'paused only warns where the lock is important',
      preset: 'class-coaching',
      facts: facts({ lock: 'paused' }),
      status: 'warn',
      key: 'checklist.lock.paused',
    },
    {
      name: 'open without a preset time: lock now (everyone held)',
      preset: 'general',
      facts: facts(open),
      status: 'warn',
      key: 'checklist.lock.unlocked',
      fix: { kind: 'lockNow', mode: 'all' },
    },
    {
      name: 'open early in a class: arm roll-only auto-lock 10 min after the start',
      preset: 'class-coaching',
      facts: facts({ ...open, meetingStartedAt: NOW - 3 * MINUTE }),
      status: 'warn',
      key: 'checklist.lock.unlocked',
      fix: { kind: 'armAutoLock', spec: { kind: 'afterStart', minutes: 10 }, mode: 'rollOnly' },
    },
    {
      name: 'open early in a confidential meeting: arm a full auto-lock 5 min after the start, and fail',
      preset: 'confidential-service',
      facts: facts({ ...open, meetingStartedAt: NOW - MINUTE }),
      status: 'fail',
      key: 'checklist.lock.unlocked',
      fix: { kind: 'armAutoLock', spec: { kind: 'afterStart', minutes: 5 }, mode: 'all' },
    },
    {
      name: 'open after the preset time has passed: lock now instead of an overdue auto-lock',
      preset: 'anonymous-support-group',
      facts: facts({ ...open, meetingStartedAt: NOW - 10 * MINUTE }),
      status: 'fail',
      key: 'checklist.lock.unlocked',
      fix: { kind: 'lockNow', mode: 'rollOnly' },
    },
    {
      name: 'open with an unknown start: count the minutes from now',
      preset: 'class-coaching',
      facts: facts({ ...open, meetingStartedAt: null }),
      status: 'warn',
      key: 'checklist.lock.unlocked',
      fix: { kind: 'armAutoLock', spec: { kind: 'fromNow', minutes: 10 }, mode: 'rollOnly' },
    },
  ]);
});

describe('cloud recording', () => {
  const recording = facts({ recording: 'recording' });
  run('recording', [
    {
      name: 'not recording is ok',
      preset: 'anonymous-support-group',
      facts: facts({ recording: 'not-recording' }),
      status: 'ok',
      key: 'checklist.recording.off',
    },
    {
      name: 'recording an anonymous group fails and offers to stop it',
      preset: 'anonymous-support-group',
      facts: recording,
      status: 'fail',
      key: 'checklist.recording.onForbidden',
      fix: { kind: 'stopCloudRecording' },
    },
    {
      name: 'recording a confidential service warns and offers to stop it',
      preset: 'confidential-service',
      facts: recording,
      status: 'warn',
      key: 'checklist.recording.onDiscouraged',
      fix: { kind: 'stopCloudRecording' },
    },
    {
      name: 'recording a general meeting is fine and reported',
      preset: 'general',
      facts: recording,
      status: 'ok',
      key: 'checklist.recording.on',
    },
    {
      name: 'unreadable is unknown',
      preset: 'anonymous-support-group',
      facts: facts({ recording: 'unknown' }),
      status: 'unknown',
      key: 'checklist.recording.unknown',
    },
  ]);
});

describe('people not on the roll', () => {
  const mixed = [
    person('a', 'Ann Lee'),
    person('s', 'Stranger', { match: match(null) }),
    person('p', 'Pending', { match: null }),
    person('h', 'Host With No Roll', { role: 'host', match: match(null) }),
    person('c', 'Cohost', { role: 'coHost', match: null }),
    person('w', 'Waiting stranger', { location: 'waitingRoom', match: match(null) }),
  ];
  run('unknownPeople', [
    {
      name: 'everyone matched is ok',
      preset: 'class-coaching',
      facts: facts({ people: [person('a', 'Ann Lee')] }),
      status: 'ok',
      key: 'checklist.unknownPeople.none',
    },
    {
      name: 'strangers and unmatched people in the room warn (hosts and the waiting room excluded)',
      preset: 'class-coaching',
      facts: facts({ people: mixed }),
      status: 'warn',
      key: 'checklist.unknownPeople.present',
      params: { count: 2 },
      fix: { kind: 'reviewUnknown', participantUUIDs: ['s', 'p'] },
    },
    {
      name: 'strangers fail a confidential service',
      preset: 'confidential-service',
      facts: facts({ people: mixed }),
      status: 'fail',
      key: 'checklist.unknownPeople.present',
      params: { count: 2 },
      fix: { kind: 'reviewUnknown', participantUUIDs: ['s', 'p'] },
    },
    {
      name: 'no roll: cannot tell',
      preset: 'confidential-service',
      facts: facts({ rollLoaded: false, people: mixed }),
      status: 'unknown',
      key: 'checklist.unknownPeople.noRoll',
    },
  ]);
});

describe('match lookup', () => {
  it('accepts the matches as a Map by participant UUID as well as a list', () => {
    const listed = facts({
      people: [person('a', 'Ann Lee'), person('s', 'Sam', { match: match(null, ['impostor']) })],
    });
    const mapped: MeetingFacts = {
      ...listed,
      matches: new Map(
        Array.isArray(listed.matches) ? listed.matches.map((m) => [m.participantUUID, m]) : [],
      ),
    };
    expect(mapped.matches).toBeInstanceOf(Map);
    expect(evaluateChecklist(mapped, 'general')).toEqual(evaluateChecklist(listed, 'general'));
    expect(itemOf(mapped, 'general', 'impostors').fix).toEqual({
      kind: 'reviewImpostors',
      participantUUIDs: ['s'],
    });
  });
});

describe('impersonation', () => {
  const impostorIn = person('i', 'Jаne Doe', { match: match(null, ['impostor']) });
  const impostorWaiting = person('j', 'Jоhn Roe', {
    location: 'waitingRoom',
    match: match(null, ['impostor']),
  });
  const flaggedCohost = person('c', 'Cо-host', {
    role: 'coHost',
    match: match(null, ['impostor']),
  });
  const duplicate = person('d', 'Ann Lee', { match: match('r-a', ['duplicate']) });
  run('impostors', [
    {
      name: 'no flags is ok (duplicates and flagged co-hosts do not count)',
      preset: 'general',
      facts: facts({ people: [person('a', 'Ann Lee'), duplicate, flaggedCohost] }),
      status: 'ok',
      key: 'checklist.impostors.none',
    },
    {
      name: 'an impostor in the room fails, listing only people in the room',
      preset: 'class-coaching',
      facts: facts({ people: [impostorIn, impostorWaiting] }),
      status: 'fail',
      key: 'checklist.impostors.present',
      params: { count: 1 },
      fix: { kind: 'reviewImpostors', participantUUIDs: ['i'] },
    },
    {
      name: 'an impostor held in the waiting room only warns',
      preset: 'anonymous-support-group',
      facts: facts({ people: [impostorWaiting] }),
      status: 'warn',
      key: 'checklist.impostors.waiting',
      params: { count: 1 },
      fix: { kind: 'reviewImpostors', participantUUIDs: ['j'] },
    },
    {
      name: 'no roll: cannot tell',
      preset: 'general',
      facts: facts({ rollLoaded: false, people: [impostorIn] }),
      status: 'unknown',
      key: 'checklist.impostors.noRoll',
    },
  ]);
});

describe('e-mails and phone numbers in names', () => {
  const people = [
    person('e', 'jane.doe@example.org'),
    person('p', '+1 (415) 555-0100'),
    person('h', 'Host <host@example.org>', { role: 'host' }),
    person('w', 'waiting@example.org', { location: 'waitingRoom' }),
    person('a', 'Ann Lee'),
  ];
  run('exposedContacts', [
    {
      name: 'clean names are ok',
      preset: 'general',
      facts: facts({ people: [person('a', 'Ann Lee')] }),
      status: 'ok',
      key: 'checklist.exposedContacts.none',
    },
    {
      name: 'exposed names in the room fail an anonymous group and offer privacy renames (hosts too, not the waiting room)',
      preset: 'anonymous-support-group',
      facts: facts({ people }),
      status: 'fail',
      key: 'checklist.exposedContacts.present',
      params: { count: 3 },
      fix: { kind: 'privacyRename', participantUUIDs: ['e', 'p', 'h'] },
    },
    {
      name: 'exposed names warn in a class',
      preset: 'class-coaching',
      facts: facts({ people }),
      status: 'warn',
      key: 'checklist.exposedContacts.present',
      params: { count: 3 },
      fix: { kind: 'privacyRename', participantUUIDs: ['e', 'p', 'h'] },
    },
    {
      name: 'needs no roll',
      preset: 'general',
      facts: facts({ rollLoaded: false, people: [person('e', 'jane.doe@example.org')] }),
      status: 'warn',
      key: 'checklist.exposedContacts.present',
      params: { count: 1 },
      fix: { kind: 'privacyRename', participantUUIDs: ['e'] },
    },
  ]);
});

describe('privacy names (anonymous groups)', () => {
  run('privacyNames', [
    {
      name: 'first names, initials and roles are ok',
      preset: 'anonymous-support-group',
      facts: facts({
        people: [
          person('a', 'Ann L.'),
          person('b', 'Bob'),
          person('s', 'Secretary'),
          person('h', 'Harriet Host', { role: 'host' }),
        ],
      }),
      status: 'ok',
      key: 'checklist.privacyNames.ok',
    },
    {
      name: 'full names of attendees in the room warn and offer renames',
      preset: 'anonymous-support-group',
      facts: facts({
        people: [
          person('a', 'Ann Lee'),
          person('b', 'Bob'),
          person('e', 'bob@example.org'),
          person('w', 'Walt Waiting', { location: 'waitingRoom' }),
          person('c', 'Carol Cohost', { role: 'coHost' }),
        ],
      }),
      status: 'warn',
      key: 'checklist.privacyNames.present',
      params: { count: 2 },
      fix: { kind: 'privacyRename', participantUUIDs: ['a', 'e'] },
    },
  ]);

  it('is only checked where the preset asks for privacy names', () => {
    const ids = (preset: PresetId) => evaluateChecklist(facts(), preset).map((i) => i.id);
    expect(ids('anonymous-support-group')).toContain('privacyNames');
    expect(ids('class-coaching')).not.toContain('privacyNames');
  });
});

import { describe, expect, it } from 'vitest';
import catalog from './en-strings.json';
import { evaluateChecklist, fixLabel, severityLabel, statusLabel, surfaceLabel } from './evaluate';
import { PRESET_IDS, PRESETS } from './presets';
import { facts, match, MINUTE, NOW, person } from './test-facts';
import type { ItemStatus, MeetingFacts, Message, Severity, Surface } from './types';

// i18next's plural suffixes for English; other catalogs add their own forms.
const PLURAL_SUFFIXES = ['_one', '_other'];

function lookup(key: string): unknown {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function flatten(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    flatten(v, prefix ? `${prefix}.${k}` : k),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)/gu)].map((m) => m[1] ?? '');
}

/** The English strings a message resolves to: one, or one per plural form when it has a count. */
function englishFor(message: Message): { key: string; text: unknown }[] {
  const keys =
    message.params?.count !== undefined
      ? PLURAL_SUFFIXES.map((s) => message.key + s)
      : [message.key];
  return keys.map((key) => ({ key, text: lookup(key) }));
}

const crowd = [
  person('a', 'Ann Lee'),
  person('s', 'Stranger', { match: match(null) }),
  person('i', 'Jаne Doe', { match: match(null, ['impostor']) }),
  person('e', 'bob@example.org'),
];
const waitingImpostor = [
  person('j', 'Jоhn Roe', { location: 'waitingRoom', match: match(null, ['impostor']) }),
];

// Together these reach every branch of every live item.
const variants: MeetingFacts[] = [
  facts(),
  facts({ people: [person('a', 'Ann L.')] }),
  facts({ waitingRoom: 'off', lock: 'unlocked', recording: 'recording', people: crowd }),
  facts({
    waitingRoom: 'unknown',
    lock: 'unlocked',
    meetingStartedAt: null,
    recording: 'unknown',
    rollLoaded: false,
    people: crowd,
  }),
  facts({ lock: 'unlocked', meetingStartedAt: NOW - 60 * MINUTE, people: waitingImpostor }),
  facts({ lock: 'unlocked', autoLockDeadline: NOW + MINUTE }),
  facts({ lock: 'lockedRollOnly' }),
  facts({ lock: 'paused' }),
  facts({ confirmedManualItems: ['passcode'] }),
  facts({
    topic: 'HIV peer support',
    joinUrl: 'https://zoom.us/j/1?pwd=x',
    clientVersion: '5.17.0',
  }),
  facts({ topic: null, joinUrl: null, clientVersion: null, meetingHistory: null }),
  facts({
    meetingUUID: 'now==',
    meetingHistory: [{ meetingUUID: 'then==', firstSeenAt: NOW - 60_000, lastSeenAt: NOW }],
  }),
  facts({
    meetingUUID: 'now==',
    meetingHistory: [
      { meetingUUID: 'then==', firstSeenAt: NOW - 9 * 24 * 60 * MINUTE, lastSeenAt: NOW },
    ],
  }),
];

function emittedMessages(): Message[] {
  const messages: Message[] = [];
  for (const id of PRESET_IDS) {
    messages.push(PRESETS[id].name, PRESETS[id].description);
    for (const f of variants) {
      for (const item of evaluateChecklist(f, id)) {
        messages.push(item.title, item.message);
        if (item.fix) messages.push(fixLabel(item.fix));
        for (const where of item.where ?? [])
          messages.push({ key: where.key }, surfaceLabel(where.surface));
      }
    }
  }
  const statuses: ItemStatus[] = ['ok', 'warn', 'fail', 'manual', 'unknown'];
  const severities: Severity[] = ['critical', 'important', 'advisory'];
  const surfaces: Surface[] = ['webPortal', 'inMeeting', 'invitation'];
  messages.push(
    ...statuses.map(statusLabel),
    ...severities.map(severityLabel),
    ...surfaces.map(surfaceLabel),
  );
  return messages;
}

describe('English catalog fragment', () => {
  const messages = emittedMessages();

  it('has a non-empty English string (every plural form) for every key emitted', () => {
    const missing = messages
      .flatMap(englishFor)
      .filter(({ text }) => typeof text !== 'string' || text.trim() === '');
    expect([...new Set(missing.map((m) => m.key))]).toEqual([]);
  });

  it('uses exactly the placeholders each message supplies', () => {
    const problems: string[] = [];
    for (const message of messages) {
      const supplied = Object.keys(message.params ?? {}).sort();
      for (const { key, text } of englishFor(message)) {
        if (typeof text !== 'string') continue;
        const used = [...new Set(placeholders(text))].sort();
        if (JSON.stringify(used) !== JSON.stringify(supplied))
          problems.push(`${key}: uses ${used.join(',')} but gets ${supplied.join(',')}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('has no key that the checklist never emits', () => {
    const emitted = new Set(messages.flatMap(englishFor).map((m) => m.key));
    const unused = flatten(catalog).filter((key) => !emitted.has(key));
    expect(unused).toEqual([]);
  });

  it('reaches every fix label', () => {
    const fixKeys = new Set(
      messages.filter((m) => m.key.startsWith('checklist.fix.')).map((m) => m.key),
    );
    expect([...fixKeys].sort()).toEqual(
      [
        'checklist.fix.armAutoLockAfterStart',
        'checklist.fix.armAutoLockFromNow',
        'checklist.fix.enableWaitingRoom',
        'checklist.fix.lockNow',
        'checklist.fix.lockNowRollOnly',
        'checklist.fix.privacyRename',
        'checklist.fix.reviewImpostors',
        'checklist.fix.reviewUnknown',
        'checklist.fix.revokeLocalRecording',
        'checklist.fix.stopCloudRecording',
      ].sort(),
    );
  });
});

describe('fixLabel', () => {
  it.each([
    [{ kind: 'lockNow', mode: 'all' } as const, { key: 'checklist.fix.lockNow' }],
    [{ kind: 'lockNow', mode: 'rollOnly' } as const, { key: 'checklist.fix.lockNowRollOnly' }],
    [
      { kind: 'armAutoLock', spec: { kind: 'afterStart', minutes: 10 }, mode: 'all' } as const,
      { key: 'checklist.fix.armAutoLockAfterStart', params: { count: 10 } },
    ],
    [
      { kind: 'armAutoLock', spec: { kind: 'fromNow', minutes: 1 }, mode: 'rollOnly' } as const,
      { key: 'checklist.fix.armAutoLockFromNow', params: { count: 1 } },
    ],
    [
      { kind: 'privacyRename', participantUUIDs: ['a', 'b'] } as const,
      { key: 'checklist.fix.privacyRename', params: { count: 2 } },
    ],
    [
      { kind: 'reviewUnknown', participantUUIDs: ['a'] } as const,
      { key: 'checklist.fix.reviewUnknown', params: { count: 1 } },
    ],
    [{ kind: 'stopCloudRecording' } as const, { key: 'checklist.fix.stopCloudRecording' }],
  ])('%j → %j', (fix, label) => {
    expect(fixLabel(fix)).toEqual(label);
  });
});

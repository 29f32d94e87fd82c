import { describe, expect, it } from 'vitest';
import catalog from './en-strings.json';
import { evaluateChecklist, summarizeChecklist } from './evaluate';
import { isManualItemId, MANUAL_ITEM_WHERE } from './manual-items';
import { getPreset, PRESET_IDS, PRESETS } from './presets';
import { facts, match, person } from './test-facts';
import type { ChecklistItemId, ManualItemId, PresetId, Severity } from './types';

const NO_SDK_FIX = new Set<ChecklistItemId>([
  'sensitiveTopic',
  'joinLink',
  'clientVersion',
  'meetingReuse',
]);

const LIVE_IDS: ChecklistItemId[] = [
  'waitingRoom',
  'lock',
  'recording',
  'localRecording',
  'sensitiveTopic',
  'joinLink',
  'clientVersion',
  'meetingReuse',
  'unknownPeople',
  'impostors',
  'exposedContacts',
  'privacyNames',
];

// Everything Doorkeeper can see is wrong at once: no waiting room, open, recording, a stranger,
// an impostor and an exposed e-mail in the room.
const worstCase = facts({
  topic: 'HIV peer support',
  joinUrl: 'https://zoom.us/j/81234567890?pwd=abc',
  clientVersion: '5.17.11',
  meetingUUID: 'today==',
  meetingHistory: [
    {
      meetingUUID: 'last-week==',
      firstSeenAt: Date.UTC(2025, 3, 29),
      lastSeenAt: Date.UTC(2025, 3, 29),
    },
    { meetingUUID: 'today==', firstSeenAt: Date.UTC(2025, 4, 6), lastSeenAt: Date.UTC(2025, 4, 6) },
  ],
  waitingRoom: 'off',
  lock: 'unlocked',
  recording: 'recording',
  people: [
    person('s', 'Sam Stranger', { match: match(null) }),
    person('i', 'Jаne Doe', { match: match(null, ['impostor']) }),
    person('e', 'ann.lee@example.org'),
  ],
});

describe('preset data', () => {
  it('lists every preset once, in picker order', () => {
    expect([...PRESET_IDS].sort()).toEqual(Object.keys(PRESETS).sort());
    for (const id of PRESET_IDS) expect(getPreset(id).id).toBe(id);
  });

  it.each(PRESET_IDS)('%s lists each item once, always with the waiting room and lock', (id) => {
    const ids = getPreset(id).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['waitingRoom', 'lock', 'impostors', 'passcode', 'joinBeforeHost']),
    );
    // Host-only sharing is asked for unless the preset lets participants share.
    expect(ids.includes('screenSharing')).toBe(!getPreset(id).participantScreenSharing);
  });

  it.each<[PresetId, { mode: string; autoLockMinutes: number | null }, boolean, string]>([
    ['general', { mode: 'all', autoLockMinutes: null }, false, 'allowed'],
    ['anonymous-support-group', { mode: 'rollOnly', autoLockMinutes: 10 }, true, 'forbidden'],
    ['confidential-service', { mode: 'all', autoLockMinutes: 5 }, false, 'discouraged'],
    ['class-coaching', { mode: 'rollOnly', autoLockMinutes: 10 }, false, 'forbidden'],
  ])(
    '%s recommends lock %j, privacy renames %s, recording %s',
    (id, lock, privacyRenames, recording) => {
      const preset = getPreset(id);
      expect(preset.lock).toEqual(lock);
      expect(preset.privacyRenames).toBe(privacyRenames);
      expect(preset.recording).toBe(recording);
    },
  );

  it.each(PRESET_IDS)('%s description quotes its own auto-lock minutes, or none', (id) => {
    const preset = getPreset(id);
    const text = (catalog.checklist.preset as Record<string, { description: string }>)[id]!
      .description;
    // A description that names a number of minutes must name the preset's own; one that does not
    // must not carry a stray parameter.
    const expected = text.includes('{{minutes}}') ? preset.lock.autoLockMinutes : undefined;
    expect(preset.description.params?.minutes).toBe(expected);
  });

  it('describes the timed presets with their minutes', () => {
    expect(getPreset('confidential-service').description.params?.minutes).toBe(5);
    expect(getPreset('class-coaching').description.params?.minutes).toBe(10);
  });

  it('checks privacy names exactly where privacy renames are recommended', () => {
    for (const id of PRESET_IDS) {
      const preset = getPreset(id);
      expect(preset.items.some((i) => i.id === 'privacyNames')).toBe(preset.privacyRenames);
    }
  });

  it('asks anonymous groups for no recording and names instead of e-mails', () => {
    const severity = (id: ChecklistItemId) =>
      getPreset('anonymous-support-group').items.find((i) => i.id === id)?.severity;
    expect(severity('noRecording')).toBe('critical');
    expect(severity('recording')).toBe('critical');
    expect(severity('namesNotEmails')).toBe('important');
    for (const other of PRESET_IDS.filter((id) => id !== 'anonymous-support-group')) {
      const ids = getPreset(other).items.map((i) => i.id);
      // The coaching protocol says "we do not record" (issue 15): a class asks for it too.
      if (other !== 'class-coaching') expect(ids).not.toContain('noRecording');
      expect(ids).not.toContain('namesNotEmails');
    }
  });
});

describe('evaluateChecklist per preset', () => {
  it.each(PRESET_IDS)('%s: a safe meeting has no problems, only manual items to check', (id) => {
    const items = evaluateChecklist(
      facts({ people: [person('a', 'Ann L.')], localRecordingRevoked: ['a'] }),
      id,
    );
    const manualCount = getPreset(id).items.filter((i) => isManualItemId(i.id)).length;
    expect(summarizeChecklist(items)).toEqual({
      ok: items.length - manualCount,
      warn: 0,
      fail: 0,
      manual: manualCount,
      unknown: 0,
    });
    expect(items.every((i) => i.fix === undefined)).toBe(true);
  });

  it.each(PRESET_IDS)(
    '%s: in the worst case every critical live item fails and every other one warns',
    (id) => {
      const items = evaluateChecklist(worstCase, id);
      expect(items.map((i) => i.id)).toEqual(getPreset(id).items.map((i) => i.id));
      for (const item of items.filter((i) => i.kind === 'live')) {
        // Recording is allowed in some presets, and a discouraged recording only ever warns.
        if (item.id === 'recording' && getPreset(id).recording !== 'forbidden') continue;
        expect([item.id, item.status]).toEqual([
          item.id,
          item.severity === 'critical' ? 'fail' : 'warn',
        ]);
        // No SDK call renames a meeting, changes its link or updates the client.
        if (!NO_SDK_FIX.has(item.id)) expect(item.fix).toBeDefined();
      }
    },
  );

  it.each<[PresetId, Partial<Record<ChecklistItemId, Severity>>]>([
    [
      'anonymous-support-group',
      {
        recording: 'critical',
        exposedContacts: 'critical',
        unknownPeople: 'important',
        lock: 'critical',
      },
    ],
    [
      'confidential-service',
      {
        unknownPeople: 'critical',
        recording: 'important',
        passcode: 'critical',
        joinBeforeHost: 'critical',
      },
    ],
    ['class-coaching', { lock: 'important', recording: 'critical', localRecording: 'important' }],
  ])('%s carries its severities onto the items', (id, expected) => {
    const items = evaluateChecklist(worstCase, id);
    for (const [itemId, severity] of Object.entries(expected)) {
      expect(items.find((i) => i.id === itemId)?.severity).toBe(severity);
    }
  });
});

describe('manual items', () => {
  const manualIds = Object.keys(MANUAL_ITEM_WHERE) as ManualItemId[];

  it('covers the settings only Zoom controls', () => {
    expect(manualIds.sort()).toEqual(
      [
        'chat',
        'fileTransfer',
        'joinBeforeHost',
        'namesNotEmails',
        'noRecording',
        'passcode',
        'screenSharing',
        'zoomLock',
      ].sort(),
    );
    expect(LIVE_IDS.some((id) => isManualItemId(id))).toBe(false);
  });

  it.each(PRESET_IDS)('%s lists each manual item with where to find it', (id) => {
    const manual = evaluateChecklist(worstCase, id).filter((i) => i.kind === 'manual');
    expect(manual.length).toBeGreaterThanOrEqual(5);
    for (const item of manual) {
      expect(item.status).toBe('manual');
      expect(item.fix).toBeUndefined();
      expect(item.message).toEqual({ key: `checklist.${item.id}.text` });
      expect(item.where?.length).toBeGreaterThan(0);
    }
  });

  it('puts Lock Meeting in the in-meeting Security menu and the passcode in the web portal', () => {
    expect(MANUAL_ITEM_WHERE.zoomLock).toEqual([
      { surface: 'inMeeting', key: 'checklist.where.zoomLock' },
    ]);
    expect(MANUAL_ITEM_WHERE.passcode.map((w) => w.surface)).toEqual(['webPortal']);
    expect(MANUAL_ITEM_WHERE.screenSharing.map((w) => w.surface)).toEqual([
      'inMeeting',
      'webPortal',
    ]);
  });

  it('turns items the host ticked into ok, leaving the rest manual', () => {
    const items = evaluateChecklist(
      facts({ confirmedManualItems: ['passcode', 'zoomLock'] }),
      'general',
    );
    const status = (id: ChecklistItemId) => items.find((i) => i.id === id)?.status;
    expect(status('passcode')).toBe('ok');
    expect(status('zoomLock')).toBe('ok');
    expect(status('chat')).toBe('manual');
    expect(items.find((i) => i.id === 'passcode')?.where).toEqual(MANUAL_ITEM_WHERE.passcode);
  });
});

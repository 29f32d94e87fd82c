import { describe, expect, it } from 'vitest';
import {
  clientTooOld,
  earlierUse,
  joinUrlCarriesPasscode,
  sensitiveTopicTerm,
} from './meeting-checks';
import { facts, NOW } from './test-facts';
import { evaluateChecklist } from './evaluate';
import type { MeetingOccurrence, PresetId } from './types';

describe('sensitive topic', () => {
  it.each([
    ['Thursday HIV peer support', 'hiv'],
    ['Alcoholics Anonymous – Tuesday', 'alcoholics'],
    ['Groupe de parole VIH', 'vih'],
    ['Santé mentale : atelier', 'sante mentale'],
    ['Selbsthilfe Sucht Mittwoch', 'sucht'],
    ['Grupo de duelo', 'duelo'],
    ['依存症の集い', '依存症'],
    ['Kelompok kesehatan mental', 'kesehatan mental'],
  ])('%s reveals %s', (topic, term) => expect(sensitiveTopicTerm(topic)).toBe(term));

  it.each([
    'Thursday group',
    'Board meeting',
    'Aidsworth planning',
    'Mission statement',
    'Histoire',
  ])('%s reveals nothing (whole words only)', (topic) =>
    expect(sensitiveTopicTerm(topic)).toBeNull(),
  );
});

describe('join link', () => {
  it('spots the passcode in the link', () => {
    expect(joinUrlCarriesPasscode('https://us02web.zoom.us/j/81234567890?pwd=abc.1')).toBe(true);
    expect(joinUrlCarriesPasscode('https://zoom.us/j/81234567890')).toBe(false);
    expect(joinUrlCarriesPasscode('zoom.us/j/1?x=1&pwd=abc')).toBe(true);
  });
});

describe('client version', () => {
  it('is too old below 6.2.5, and not judged when unknown', () => {
    expect(clientTooOld('5.17.11')).toBe(true);
    expect(clientTooOld('6.2.5')).toBe(false);
    expect(clientTooOld('6.4.10')).toBe(false);
    expect(clientTooOld('')).toBe(false);
  });
});

const DAY = 24 * 60 * 60 * 1000;
const seen = (meetingUUID: string, firstSeenAt: number): MeetingOccurrence => ({
  meetingUUID,
  firstSeenAt,
  lastSeenAt: firstSeenAt + 60 * 60 * 1000,
});

describe('a meeting ID seen before for another occurrence', () => {
  it.each<[string, MeetingOccurrence[], ReturnType<typeof earlierUse>]>([
    ['never seen (the history is empty)', [], null],
    ['only this occurrence, however often the panel opened', [seen('now==', NOW - 3000)], null],
    [
      'another occurrence last week',
      [seen('old==', NOW - 7 * DAY), seen('now==', NOW)],
      { lastAt: NOW - 7 * DAY, daysAgo: 7, count: 1 },
    ],
    [
      'several: the latest one counts, all are counted',
      [seen('a==', NOW - 30 * DAY), seen('b==', NOW - 2 * DAY - 5), seen('now==', NOW)],
      { lastAt: NOW - 2 * DAY - 5, daysAgo: 2, count: 2 },
    ],
    [
      'earlier today (the meeting was ended and started again)',
      [seen('morning==', NOW - 3 * 60 * 60 * 1000)],
      { lastAt: NOW - 3 * 60 * 60 * 1000, daysAgo: 0, count: 1 },
    ],
  ])('%s', (_label, history, expected) => {
    expect(earlierUse(history, 'now==', NOW)).toEqual(expected);
  });

  const item = (preset: PresetId, overrides: Parameters<typeof facts>[0]) => {
    const found = evaluateChecklist(facts(overrides), preset).find((i) => i.id === 'meetingReuse');
    if (!found) throw new Error(`no meetingReuse item in ${preset}`);
    return found;
  };

  it('warns, saying when, in every preset, and never fails: a weekly group reuses its ID by design', () => {
    const history = [seen('old==', NOW - 7 * DAY), seen('now==', NOW)];
    for (const preset of [
      'general',
      'anonymous-support-group',
      'confidential-service',
      'class-coaching',
    ] as const) {
      const found = item(preset, { meetingUUID: 'now==', meetingHistory: history });
      expect([found.status, found.message]).toEqual([
        'warn',
        { key: 'checklist.meetingReuse.seen', params: { count: 7 } },
      ]);
      // No SDK call gives a meeting a new ID: the host schedules one in Zoom.
      expect(found.fix).toBeUndefined();
    }
    expect(
      item('general', { meetingUUID: 'now==', meetingHistory: [seen('x==', NOW - 60_000)] })
        .message,
    ).toEqual({ key: 'checklist.meetingReuse.seenToday' });
  });

  it('passes for a meeting ID seen in this occurrence only, and is unknown without the ID or storage', () => {
    expect(
      item('general', { meetingUUID: 'now==', meetingHistory: [seen('now==', NOW)] }),
    ).toMatchObject({ status: 'ok', message: { key: 'checklist.meetingReuse.new' } });
    expect(item('general', { meetingUUID: 'now==', meetingHistory: null }).status).toBe('unknown');
    expect(item('general', { meetingUUID: null, meetingHistory: [] }).status).toBe('unknown');
  });
});

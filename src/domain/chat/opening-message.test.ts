import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../checklist/presets';
import type { Message } from '../checklist/types';
import catalog from './en-strings.json';
import {
  OPENING_MESSAGE_MAX_LENGTH,
  checkOpeningText,
  composeOpeningMessage,
  openingMessageLines,
  type OpeningFacts,
} from './opening-message';

/**
 * The English beside the code that emits its keys, rendered as i18next does for English (plural
 * `_one` / `_other` by `count`); catalogs.test.ts holds the other languages to it.
 */
function english(message: Message): string {
  const count = message.params?.count;
  const key =
    count === undefined ? message.key : `${message.key}${count === 1 ? '_one' : '_other'}`;
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no English for ${key}`);
  return node.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(message.params?.[name]));
}

async function render(facts: OpeningFacts): Promise<string> {
  return composeOpeningMessage(openingMessageLines(facts).map(english));
}

const kept = (retentionDays: number) => ({ kind: 'kept', retentionDays }) as const;

describe('the opening message', () => {
  it('covers recording, the log and its retention, confidentiality and a private place', async () => {
    const text = await render({
      preset: 'general',
      recording: 'not-recording',
      log: kept(14),
    });
    expect(text.split('\n')).toEqual([
      'Welcome. Before we start, a few words about privacy in this meeting.',
      'The host is not recording this meeting. If that changes, you will be told first, and you may object.',
      'The host keeps an attendance log (the names shown in Zoom, and when people joined and left) to know who was here. It stays on the host’s computer and is deleted after 14 days.',
      'Please keep what is said and written here, chat included, confidential.',
      'Please join from a private place where nobody else can see or hear you, and use headphones if you can.',
    ]);
  });

  it.each<[OpeningFacts['recording'], string, string]>([
    ['recording', 'general', 'This meeting is being recorded. If you do not agree'],
    ['recording', 'anonymous-support-group', 'This meeting is being recorded. If you do not agree'],
    ['not-recording', 'class-coaching', 'recording is not allowed here'],
    ['unknown', 'anonymous-support-group', 'Recording is not allowed in this meeting'],
    ['unknown', 'confidential-service', 'If this meeting is recorded, you will be told first'],
  ])('says what is true of the recording (%s, %s)', async (recording, preset, expected) => {
    const text = await render({
      preset: preset as OpeningFacts['preset'],
      recording,
      log: kept(30),
    });
    expect(text.split('\n')[1]).toContain(expected);
  });

  it('never claims a recording is off when Zoom has not said so', async () => {
    for (const preset of PRESET_IDS) {
      const text = await render({ preset, recording: 'unknown', log: kept(30) });
      expect(text).not.toMatch(/not recording/);
    }
  });

  it('fills in the retention setting, in the singular too, and says when nothing is kept', async () => {
    expect(await render({ preset: 'general', recording: 'unknown', log: kept(1) })).toContain(
      'deleted after 1 day.',
    );
    expect(await render({ preset: 'general', recording: 'unknown', log: kept(90) })).toContain(
      'deleted after 90 days.',
    );
    const notSaved = await render({
      preset: 'general',
      recording: 'unknown',
      log: { kind: 'notSaved' },
    });
    expect(notSaved).toContain('not kept after the meeting');
    expect(notSaved).not.toMatch(/deleted after/);
    expect(
      await render({ preset: 'general', recording: 'unknown', log: { kind: 'off' } }),
    ).toContain('The host keeps no attendance log of this meeting.');
  });

  it('has its own opening for each preset, and takes no names: only keys and a day count', () => {
    const intros = PRESET_IDS.map(
      (preset) => openingMessageLines({ preset, recording: 'unknown', log: kept(30) })[0]?.key,
    );
    expect(new Set(intros).size).toBe(PRESET_IDS.length);
    for (const preset of PRESET_IDS) {
      for (const line of openingMessageLines({ preset, recording: 'recording', log: kept(7) })) {
        for (const value of Object.values(line.params ?? {})) expect(typeof value).toBe('number');
      }
    }
  });
});

describe('checking the host’s text', () => {
  it.each<[string, ReturnType<typeof checkOpeningText>]>([
    ['Welcome, everyone.', null],
    ['   \n  ', { kind: 'empty' }],
    ['x'.repeat(OPENING_MESSAGE_MAX_LENGTH), null],
    [
      'x'.repeat(OPENING_MESSAGE_MAX_LENGTH + 1),
      { kind: 'tooLong', length: OPENING_MESSAGE_MAX_LENGTH + 1, max: OPENING_MESSAGE_MAX_LENGTH },
    ],
    // Counted in characters as a person sees them, not UTF-16 units.
    ['😀'.repeat(OPENING_MESSAGE_MAX_LENGTH), null],
  ])('%j', (text, problem) => {
    expect(checkOpeningText(text)).toEqual(problem);
  });

  it('joins lines one per line, dropping empty ones', () => {
    expect(composeOpeningMessage([' Hello. ', '', 'Bye.'])).toBe('Hello.\nBye.');
  });
});

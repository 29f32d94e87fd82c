import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  importRollFile,
  openEmulator,
  openMore,
  rowText,
  waitForHeading,
  waitForRow,
} from './harness';
import type { EmulatorSession } from './harness';

/**
 * Roll import in the real panel, in Chromium, inside the emulator: a fixture file through the
 * panel's file input, people joining through window.zoomEmulator, and the rows' match badges.
 */

const FIXTURES = resolve(import.meta.dirname, '../fixtures/rolls');

/** The text of a participant's row (collapsed spaces), or null while it is not rendered. */
describe('roll import in the emulator', () => {
  let s: EmulatorSession;

  beforeAll(async () => {
    s = await openEmulator({ query: 'scenario=empty' });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.pageErrors).toEqual([]);
    await s.emu.reset();
  });

  it('imports a roll file, matches people as they join and flags a homoglyph impostor', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await importRollFile(s.panel, resolve(FIXTURES, 'names-only.txt'), '5 people will be imported');
    // The roll's summary lives in the toolbar's More panel.
    await openMore(s.panel);
    await s.panel.getByText('Roll: 0 of 5 present').waitFor();
    await s.panel.getByRole('button', { name: 'More', exact: true }).click();
    await s.panel.getByRole('tab', { name: /^Roster/ }).click();

    const jane = await s.emu.join({ screenName: 'Jane Doe' });
    await s.emu.setWaitingRoom(true);
    const impostor = await s.emu.join({ screenName: 'J\u0430ne Doe' });
    const john = await s.emu.join({ screenName: 'john smith' });
    await waitForHeading(s.panel, 'Waiting room (2)');
    // While people wait the meeting is folded to its heading: open it.
    await s.panel.getByRole('button', { name: 'Show', exact: true }).click();

    await waitForRow(s.panel, jane, 'On roll');
    await waitForRow(s.panel, impostor, 'Impostor?');
    expect(await rowText(s.panel, impostor)).toContain('Not on roll');
    expect(await rowText(s.panel, impostor)).not.toContain('On the roll as');
    await waitForRow(s.panel, john, 'On roll');
    expect(await rowText(s.panel, john)).toContain('John Smith');

    await s.panel.getByRole('tab', { name: 'Roll' }).click();
    await s.panel.getByText('1 present · 1 waiting · 3 absent').waitFor();
  });

  it('reads an .xlsx roll in the browser (the lazily loaded reader)', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await importRollFile(s.panel, resolve(FIXTURES, 'roll.xlsx'), '4 people will be imported');
    await s.panel.getByRole('tab', { name: 'Roster' }).click();
    const zoe = await s.emu.join({ screenName: 'Zoe Muller' });
    await waitForRow(s.panel, zoe, 'On roll');
    expect(await rowText(s.panel, zoe)).toContain('Zoë Müller');
  });
});

import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openEmulator, openMore, waitForHeading } from './harness';
import type { EmulatorSession } from './harness';

/**
 * Roll import in the real panel, in Chromium, inside the emulator: a fixture file through the
 * panel's file input, people joining through window.zoomEmulator, and the rows' match badges.
 */

const FIXTURES = resolve(import.meta.dirname, '../fixtures/rolls');

/** The text of a participant's row (collapsed spaces), or null while it is not rendered. */
function rowText(panel: Frame, uuid: string): Promise<string | null> {
  return panel.evaluate((id) => {
    const row = document.querySelector(
      `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
    );
    return row ? (row.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, uuid);
}

async function waitForRow(panel: Frame, uuid: string, text: string): Promise<void> {
  try {
    await panel.waitForFunction(
      ([id, expected]) => {
        const row = document.querySelector(
          `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
        );
        return (row?.textContent ?? '').includes(expected);
      },
      [uuid, text] as const,
      { timeout: 5_000 },
    );
  } catch (error) {
    throw new Error(`row ${uuid} never showed "${text}"; it shows: ${await rowText(panel, uuid)}`, {
      cause: error,
    });
  }
}

/** Imports through the panel: "Import roll", or "Replace" in the Roll tab when a roll was kept from before. */
async function importFixture(panel: Frame, name: string, rows: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Roll' }).click();
  await panel
    .getByRole('button', { name: /^(Import roll|Replace)$/ })
    .first()
    .click();
  const dialog = panel.getByRole('dialog', { name: 'Import roll' });
  await dialog.getByLabel('Roll file').setInputFiles(resolve(FIXTURES, name));
  const preview = panel.getByRole('dialog', { name: `Check the roll: ${name}` });
  await preview.getByText(rows).waitFor({ timeout: 10_000 });
  await preview.getByRole('button', { name: 'Confirm' }).click();
  await preview.waitFor({ state: 'detached' });
}

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
    await importFixture(s.panel, 'names-only.txt', '5 people will be imported');
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
    await importFixture(s.panel, 'roll.xlsx', '4 people will be imported');
    await s.panel.getByRole('tab', { name: 'Roster' }).click();
    const zoe = await s.emu.join({ screenName: 'Zoe Muller' });
    await waitForRow(s.panel, zoe, 'On roll');
    expect(await rowText(s.panel, zoe)).toContain('Zoë Müller');
  });
});

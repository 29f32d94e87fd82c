import { readFile } from 'node:fs/promises';
import type { Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmulator, pasteRoll, waitForText } from './harness';
import type { EmulatorSession } from './harness';

/**
 * "Forget this person" in the real panel, in Chromium, inside the emulator: people join, one is
 * forgotten after a confirmation; the exports, the panel's own IndexedDB and a reloaded panel no
 * longer hold them, and everyone else is as they were.
 */

async function download(page: Page, panel: Frame, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await (file as Download).path())!, 'utf8');
}

/** Everything the panel stored, as JSON by object store (read straight from IndexedDB). */
function storedText(panel: Frame): Promise<string> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('doorkeeper');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const names = [...db.objectStoreNames];
      const all = await Promise.all(
        names.map(
          (store) =>
            new Promise<unknown[]>((resolve, reject) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result as unknown[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      return JSON.stringify(Object.fromEntries(names.map((store, i) => [store, all[i]])));
    } finally {
      db.close();
    }
  });
}

/** Everything a host can take away from the Attendance tab: both CSVs and the JSON. */
async function exports(s: EmulatorSession): Promise<string> {
  await s.panel.getByRole('tab', { name: 'Attendance' }).click();
  await s.panel.getByTestId('attendance-summary').waitFor();
  return [
    await download(s.page, s.panel, 'Attendance (CSV)'),
    await download(s.page, s.panel, 'Event log (CSV)'),
    await download(s.page, s.panel, 'Everything (JSON)'),
  ].join('\n');
}

describe('forget this person, in the emulator', () => {
  let s: EmulatorSession;

  beforeAll(async () => {
    s = await openEmulator({ query: 'scenario=empty' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('removes one person from the log, the roll, the exports and storage; a reload does not bring them back', async () => {
    const { emu, panel } = s;
    await pasteRoll(panel, ['Jane Doe', 'Bob Kowalski', 'Carol Ng']);
    const jane = await emu.join({ screenName: 'Jane Doe', waitingRoom: false });
    const bob = await emu.join({ screenName: 'Bob Kowalski', waitingRoom: false });
    await panel.getByRole('tab', { name: 'Attendance' }).click();
    await waitForText(panel, '2 of 3 present', 15_000);
    // A rename the log must follow, then she leaves: she is not here when she is forgotten.
    await emu.rename(jane, 'Jane Doe iPad');
    await waitForText(panel, 'as Jane Doe iPad', 15_000);
    await emu.leave(jane);
    await waitForText(panel, 'Left', 15_000);
    // The log has her before anything is forgotten (so the test can fail).
    await expect.poll(() => storedText(panel), { timeout: 15_000 }).toContain(jane);
    // Her attendance events only: the lock state also keeps her departure (the roster's memory).
    const stores = JSON.parse(await storedText(panel)) as Record<string, unknown[]>;
    const logged = (stores['events'] ?? []).filter((record) =>
      JSON.stringify(record).includes(`"participantUUID":"${jane}"`),
    ).length;
    expect(logged).toBeGreaterThanOrEqual(3);
    const before = await exports(s);
    expect(before).toContain('Jane Doe iPad');

    await panel.getByRole('button', { name: 'Forget this person: Jane Doe' }).click();
    const dialog = panel.getByRole('alertdialog', { name: /^Forget .*Jane Doe.*\?$/u });
    await dialog.getByTestId('forget-question').waitFor({ timeout: 10_000 });
    // Names are bidi-isolated (U+2068 … U+2069) wherever they are shown: read the words around them.
    const asked = (await dialog.innerText()).replace(/[\u2066-\u2069]/gu, '');
    expect(asked).toContain(
      'Remove Jane Doe from 1 stored meeting and 1 roll? This cannot be undone.',
    );
    expect(asked).toContain(`That is ${logged} attendance events and 0 name links.`);
    expect(asked).toContain('Rolls: Pasted list.');
    await dialog.getByRole('button', { name: 'Forget', exact: true }).click();
    const result = panel.getByTestId('forget-result');
    await result.waitFor({ timeout: 10_000 });
    expect((await result.innerText()).replace(/[\u2066-\u2069]/gu, '')).toContain(
      `Jane Doe forgotten: ${logged} attendance events removed from 1 stored meeting, 1 roll changed.`,
    );

    const traces = [jane, 'Jane Doe', 'Jane Doe iPad'];
    const after = await exports(s);
    for (const trace of traces) expect(after).not.toContain(trace);
    expect(after).toContain('Bob Kowalski');
    expect(after).toContain(bob);
    expect(after).toContain('erasure');
    const stored = await storedText(panel);
    for (const trace of traces) expect(stored).not.toContain(trace);
    expect(stored).toContain('Carol Ng');

    await emu.reloadPanel();
    await emu.whenConfigured(15_000);
    await panel.getByRole('tab', { name: 'Attendance' }).click();
    await waitForText(panel, 'Bob Kowalski', 15_000);
    await panel.getByTestId('log-event').first().waitFor({ state: 'attached' });
    const reloaded = await exports(s);
    for (const trace of traces) expect(reloaded).not.toContain(trace);
    expect(reloaded).toContain(bob);
    expect(await panel.locator('body').innerText()).not.toContain('Jane Doe');
    await panel.getByRole('tab', { name: 'Roll' }).click();
    await waitForText(panel, 'Carol Ng', 10_000);
    expect(await panel.locator('body').innerText()).not.toContain('Jane Doe');
    expect(s.pageErrors).toEqual([]);
  });
});

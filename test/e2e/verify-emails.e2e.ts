import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import {
  importRollFile,
  launchChromium,
  openEmulator,
  openMore,
  rowText,
  waitForHeading,
  waitForRow,
} from './harness';
import type { EmulatorSession } from './harness';

/**
 * "Verify e-mails" in the real panel, with the real SDK, inside the emulator: people carry a
 * verified e-mail and a consent choice, the panel asks, answers arrive one by one after a
 * person's delay, and each row shows its verdict. Also: an older client hides the action.
 */

const ROLL = resolve(import.meta.dirname, '../fixtures/rolls/zoom-registration-report.csv');

/** Answers take a person's time (1.2–4 s in the emulator): a generous wait, never a fixed sleep. */
const ANSWER_MS = 20_000;

async function importRoll(panel: Frame): Promise<void> {
  await importRollFile(panel, ROLL, '3 people will be imported');
  await panel.getByRole('tab', { name: 'Roster' }).click();
}
describe('verify e-mails in the emulator', () => {
  let s: EmulatorSession;

  beforeAll(async () => {
    s = await openEmulator({ query: 'scenario=empty' });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.pageErrors).toEqual([]);
  });

  it('granted, declined, mismatch, not signed in, ignored, and a device linked by its address', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await openMore(s.panel);
    const verify = s.panel.getByRole('button', { name: 'Verify e-mails', exact: true });
    expect(await verify.isDisabled()).toBe(true);
    await importRoll(s.panel);

    const amara = await s.emu.join({
      screenName: 'Amara Okafor',
      email: 'amara.okafor@example.com',
    });
    // Says Wei Zhang, but the account is Sofia's: an impostor of Wei.
    const fakeWei = await s.emu.join({ screenName: 'Wei Zhang', email: 'sofia.rossi@example.com' });
    const sofia = await s.emu.join({
      screenName: 'Sofia Rossi',
      email: 'sofia.rossi@example.com',
      consent: 'deny',
    });
    const phone = await s.emu.join({ screenName: 'iPhone', email: 'wei.zhang@example.com' });
    const guest = await s.emu.join({ screenName: 'Amara O.' });
    const silent = await s.emu.join({
      screenName: 'Ivy Silent',
      email: 'ivy@example.com',
      consent: 'ignore',
    });
    await waitForHeading(s.panel, 'In meeting (7)');
    await waitForRow(s.panel, fakeWei, 'On roll', ANSWER_MS);

    await openMore(s.panel);
    await verify.click();
    const dialog = s.panel.getByRole('dialog', { name: 'Verify e-mails' });
    const reason = dialog.getByLabel('Reason shown to participants');
    await reason.fill('');
    await dialog.getByRole('button', { name: 'Ask participants' }).click();
    await dialog.getByRole('alert').waitFor();
    await reason.fill('Thursday group: checking the registration list');
    await dialog.getByRole('button', { name: 'Ask participants' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The More panel closed with its dialog: the request's progress is read there.
    await openMore(s.panel);

    const asked = (await s.emu.state()).calls.filter(
      (call) => call.apiName === 'getMeetingParticipantsEmail',
    );
    expect(asked.map((call) => call.data)).toEqual([
      { reasonForAsking: 'Thursday group: checking the registration list' },
    ]);
    await s.panel
      .getByTestId('verify-emails-status')
      .getByText(/Asked 6 people/)
      .waitFor();

    await waitForRow(s.panel, amara, 'Verified', ANSWER_MS);
    await waitForRow(s.panel, fakeWei, 'E-mail mismatch', ANSWER_MS);
    expect(await rowText(s.panel, fakeWei)).toContain(
      'Name says Wei Zhang; the verified e-mail is Sofia Rossi’s',
    );
    await waitForRow(s.panel, sofia, 'Declined', ANSWER_MS);
    await waitForRow(s.panel, guest, 'Not signed in', ANSWER_MS);
    await waitForRow(s.panel, phone, 'Verified', ANSWER_MS);
    // The device now holds Wei Zhang's entry, by the address; the name-only impostor lost it.
    expect(await rowText(s.panel, phone)).toContain('Wei Zhang');
    expect(await rowText(s.panel, silent)).toContain('Asked');
    expect(await rowText(s.panel, silent)).not.toContain('Verified');

    // No verified address reaches the page: not in the panel, not in the attendance log.
    await s.panel.getByRole('tab', { name: 'Attendance' }).click();
    const log = s.panel.locator('details.attendance-log');
    await log.locator('summary').click();
    await log.getByText('Amara Okafor: e-mail check, verified').waitFor();
    await log.getByText('Wei Zhang: e-mail check, mismatch').waitFor();
    await log.getByText('Sofia Rossi: e-mail check, declined').waitFor();
    const html = await s.panel.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('ivy@example.com');
    await s.panel.getByRole('tab', { name: 'Roster' }).click();
  });

  it('on a client older than 5.16.10 the action is hidden and the panel says why', async () => {
    const browser = await launchChromium();
    const old = await openEmulator({ query: 'scenario=empty&clientVersion=5.16.9', browser });
    try {
      await waitForHeading(old.panel, 'In meeting (1)');
      await openMore(old.panel);
      await old.panel
        .getByText(
          'E-mail verification needs the Zoom desktop client 5.16.10 or later; this client is 5.16.9.',
        )
        .waitFor();
      expect(await old.panel.getByRole('button', { name: 'Verify e-mails' }).count()).toBe(0);
      expect(old.pageErrors).toEqual([]);
    } finally {
      await old.close();
      await browser.close();
    }
  });
});

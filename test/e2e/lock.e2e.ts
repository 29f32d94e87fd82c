import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { EmulatorState } from '../../src/emulator/types';
import {
  openEmulator,
  openMeeting,
  openMore,
  pasteRoll,
  waitForHeading,
  waitForText,
} from './harness';
import type { EmulatorSession, Remote } from './harness';
import type { ZoomEmulator } from '../../src/emulator/types';

/**
 * The app-enforced lock and the auto-lock in the real panel, inside the emulator, with the real
 * SDK: a roll of ten pasted into the panel, two strangers, an auto-lock a few seconds ahead, the
 * bounce of a stranger who gets into the main room, roll-only mode against a homoglyph
 * impersonator, an injected failure, a panel reload in the middle of a countdown, and the lock's
 * explanation read once until Delete all Doorkeeper data forgets it.
 */

const ROLL = [
  'Jane Doe',
  'John Smith',
  'María García',
  'Budi Santoso',
  'Aiko Tanaka',
  'Liam Murphy',
  'Chen Wei',
  'Fatima Khan',
  'Olga Petrova',
  'Kwame Mensah',
];

async function setAutoLock(panel: Frame, minutes: string): Promise<void> {
  await openMore(panel);
  await panel.getByRole('button', { name: 'Auto-lock…' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Auto-lock' });
  await dialog.getByRole('radio', { name: 'Minutes from now' }).check();
  await dialog.getByRole('spinbutton', { name: 'Minutes' }).fill(minutes);
  await dialog.getByRole('button', { name: 'Start the countdown' }).click();
  await dialog.waitFor({ state: 'detached' });
}

function locationOf(state: EmulatorState, uuid: string): string | undefined {
  return state.participants.find((p) => p.participantUUID === uuid)?.location;
}

/** Polls the emulator until `uuid` is in `location`; returns how long that took (ms). */
async function waitForLocation(
  emu: Remote<ZoomEmulator>,
  uuid: string,
  location: 'meeting' | 'waitingRoom',
  timeout = 3_000,
): Promise<number> {
  const start = Date.now();
  for (;;) {
    const state = await emu.state();
    if (locationOf(state, uuid) === location) return Date.now() - start;
    if (Date.now() - start > timeout)
      throw new Error(
        `${uuid} is in ${String(locationOf(state, uuid))}, not ${location}, after ${timeout} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const timerText = (panel: Frame) =>
  panel.getByRole('timer', { name: 'Time until the auto-lock' }).textContent();

const seconds = (label: string | null): number => {
  const [m, s] = (label ?? '').split(':').map(Number);
  return (m ?? NaN) * 60 + (s ?? NaN);
};

describe('the lock in the emulator', () => {
  let s: EmulatorSession;
  let seed = 100;

  beforeAll(async () => {
    s = await openEmulator({ query: `scenario=empty&seed=${seed}` });
  });
  afterAll(async () => {
    await s?.close();
  });
  beforeEach(async () => {
    // The lock state is kept per meeting UUID in the panel's IndexedDB: each test gets a meeting
    // of its own (another seed), in the same browser.
    s = { ...s, panel: await openMeeting(s, ++seed) };
    await waitForHeading(s.panel, 'In meeting (1)');
    await pasteRoll(s.panel, ROLL);
  });
  afterEach(() => {
    expect(s.pageErrors).toEqual([]);
  });

  it('an auto-lock set a few seconds ahead fires; a stranger who then gets in is put back', async () => {
    const members: string[] = [];
    for (const screenName of ROLL) members.push(await s.emu.join({ screenName }));
    const early = await s.emu.join({ screenName: 'Early Stranger' });
    await waitForHeading(s.panel, 'In meeting (12)');

    await setAutoLock(s.panel, '0.05');
    expect(seconds(await timerText(s.panel))).toBeLessThanOrEqual(3);
    await s.panel.getByTestId('lock-banner').waitFor({ timeout: 6_000 });
    await waitForText(s.panel, 'Locked: nobody gets in without your click.');
    await waitForText(s.panel, 'it holds only while a host or co-host has Doorkeeper open');

    const locked = await s.emu.state();
    expect(locked.waitingRoom).toBe(true);
    expect(locked.notifications.map((n) => n.title)).toContain('Doorkeeper locked the meeting');
    // Everyone inside at the lock stays, the early stranger included.
    for (const uuid of [...members, early]) expect(locationOf(locked, uuid)).toBe('meeting');

    // Someone gets into the main room anyway (Zoom's bypass, another co-host's admit).
    const late = await s.emu.join({ screenName: 'Late Stranger', waitingRoom: false });
    const bounceMs = await waitForLocation(s.emu, late, 'waitingRoom');
    expect(bounceMs).toBeLessThan(1_000);
    await waitForText(s.panel, '1 person held · 1 person put back');
    const calls = (await s.emu.state()).calls.filter(
      (call) => call.apiName === 'putParticipantToWaitingRoom',
    );
    expect(calls).toHaveLength(1);

    // A stranger who arrives in the waiting room stays there.
    const waiting = await s.emu.join({ screenName: 'Waiting Stranger' });
    await waitForHeading(s.panel, 'Waiting room (2)');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(locationOf(await s.emu.state(), waiting)).toBe('waitingRoom');
  });

  it('roll-only: a roll member waiting is admitted, a homoglyph impersonator is held', async () => {
    await s.emu.join({ screenName: 'Jane Doe' });
    await s.emu.setWaitingRoom(true);
    await openMore(s.panel);
    await s.panel.getByRole('checkbox', { name: 'Roll only' }).check();
    await s.panel.getByRole('button', { name: 'Lock now' }).click();
    await waitForText(s.panel, 'Locked, roll only');

    const maria = await s.emu.join({ screenName: 'María García' });
    const fake = await s.emu.join({ screenName: 'J\u0430ne Doe' });
    await waitForLocation(s.emu, maria, 'meeting');
    await waitForHeading(s.panel, 'Impersonation warning (1)');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(locationOf(await s.emu.state(), fake)).toBe('waitingRoom');
    const row = s.panel.locator(`[data-testid="participant-row"][data-uuid="${fake}"]`);
    await expect.poll(() => row.textContent()).toContain('Imitates a roll name');

    // A roll member who drops out and comes back is let in again.
    await s.emu.leave(maria);
    const back = await s.emu.join({ screenName: 'María García' });
    await waitForLocation(s.emu, back, 'meeting');
  });

  it('a failed admit is reported in plain words, and the next one works', async () => {
    await s.emu.setWaitingRoom(true);
    const budi = await s.emu.join({ screenName: 'Budi Santoso' });
    const aiko = await s.emu.join({ screenName: 'Aiko Tanaka' });
    await waitForHeading(s.panel, 'Waiting room (2)');
    await s.emu.failNext('admitParticipantFromWaitingRoom', 80012);
    const admit = (uuid: string) =>
      s.panel
        .locator(`[data-testid="participant-row"][data-uuid="${uuid}"]`)
        .getByRole('button', { name: /^Admit/ })
        .click();
    await admit(budi);
    await waitForText(s.panel, 'Admitted 0 people · Failed for 1 person: not allowed');
    expect(locationOf(await s.emu.state(), budi)).toBe('waitingRoom');
    await admit(aiko);
    await waitForText(s.panel, 'Admitted 1');
    await waitForLocation(s.emu, aiko, 'meeting');
    await admit(budi);
    await waitForLocation(s.emu, budi, 'meeting');
    await waitForHeading(s.panel, 'In meeting (3)');
  });

  it('a panel reload in the middle of a countdown keeps the deadline', async () => {
    await setAutoLock(s.panel, '5');
    const before = seconds(await timerText(s.panel));
    expect(before).toBeGreaterThan(290);
    const reloadedAt = Date.now();
    await s.emu.reloadPanel();
    await s.emu.whenConfigured(15_000);
    await s.panel.getByRole('timer', { name: 'Time until the auto-lock' }).waitFor();
    const after = seconds(await timerText(s.panel));
    const elapsed = Math.ceil((Date.now() - reloadedAt) / 1000);
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThanOrEqual(before - elapsed - 1);
    expect(s.pageErrors).toEqual([]);
  });

  // Last in this file: the flag is this browser's, shared by every meeting the tests open.
  it('reads the lock’s explanation once; Delete all Doorkeeper data forgets that', async () => {
    const banner = s.panel.getByTestId('lock-banner');
    const info = banner.getByRole('button', { name: 'About the lock' });
    const lockNow = () => s.panel.getByRole('button', { name: 'Lock now' }).click();
    const reload = async () => {
      await s.emu.reloadPanel();
      await s.emu.whenConfigured(15_000);
      await banner.waitFor();
    };
    await lockNow();
    await expect.poll(() => info.getAttribute('aria-expanded')).toBe('true');
    await banner.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => info.getAttribute('aria-expanded')).toBe('false');
    // Still locked after a reload, and the explanation stays behind the info button.
    await reload();
    await expect.poll(() => info.getAttribute('aria-expanded')).toBe('false');
    await info.click();
    await banner.getByRole('button', { name: 'Unlock' }).click();

    await s.panel.getByRole('tab', { name: 'Settings' }).click();
    await s.panel.getByRole('button', { name: 'Delete all Doorkeeper data' }).click();
    await s.panel.getByRole('button', { name: 'Delete everything' }).click();
    await waitForText(s.panel, 'All Doorkeeper data was deleted.');
    expect(
      await s.panel.evaluate(() =>
        Object.keys(window.localStorage).filter((key) => key.startsWith('doorkeeper.')),
      ),
    ).toEqual([]);
    await s.emu.reloadPanel();
    await s.emu.whenConfigured(15_000);
    await lockNow();
    await expect.poll(() => info.getAttribute('aria-expanded')).toBe('true');
  });
});

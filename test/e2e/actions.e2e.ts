import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { EmulatorState } from '../../src/emulator/types';
import { openEmulator, openMore, pasteRoll, waitForHeading, waitForText } from './harness';
import type { EmulatorSession } from './harness';

/**
 * Host actions in the real panel, in the emulator, with the real SDK: one-click admit, the bulk
 * "Admit everyone on the roll" with its confirmation of probable matches, send to the waiting
 * room, rename to a privacy name, remove after a confirmation, the waiting-room switch, and no
 * action on a co-host.
 */

const ROLL = ['Jane Doe', 'John Smith', 'María García', 'Kwame Mensah', 'Ann Lee'];

const rowOf = (panel: Frame, uuid: string) =>
  panel.locator(`[data-testid="participant-row"][data-uuid="${uuid}"]`);

const where = (state: EmulatorState, uuid: string) =>
  state.participants.find((p) => p.participantUUID === uuid);

describe('host actions in the emulator', () => {
  let s: EmulatorSession;

  beforeAll(async () => {
    // This suite removes someone from the waiting room: a scenario that allows it (Zoom's
    // default, and the emulator's, is to refuse; see roles-profiles.e2e.ts).
    s = await openEmulator({ query: 'scenario=empty&seed=7&allow=waitingRoomRemove' });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.pageErrors).toEqual([]);
    await s.emu.reset();
  });

  it('admits everyone on the roll in one click, a probable match only when ticked', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await pasteRoll(s.panel, ROLL);
    await s.emu.setWaitingRoom(true);
    const sure = [
      await s.emu.join({ screenName: 'Jane Doe' }),
      await s.emu.join({ screenName: 'john smith' }),
      await s.emu.join({ screenName: 'Maria Garcia' }),
    ];
    const likely = await s.emu.join({ screenName: 'Kwame Mensa' });
    const stranger = await s.emu.join({ screenName: 'Zed Stranger' });
    const fake = await s.emu.join({ screenName: 'J\u0430ne Doe' });
    await waitForHeading(s.panel, 'Waiting room (6)');
    await waitForHeading(s.panel, 'On the roll (3)');
    await waitForHeading(s.panel, 'Check (1)');
    await waitForHeading(s.panel, 'Not on the roll (1)');
    await waitForHeading(s.panel, 'Impersonation warning (1)');

    await s.panel.getByRole('button', { name: 'Admit 3 on the roll' }).click();
    const dialog = s.panel.getByRole('dialog', { name: 'Admit 3 people on the roll?' });
    await dialog.getByRole('button', { name: 'Admit 3' }).click();
    await waitForText(s.panel, 'Admitted 3');
    await waitForHeading(s.panel, 'Waiting room (3)');
    const state = await s.emu.state();
    for (const uuid of sure) expect(where(state, uuid)?.location).toBe('meeting');
    for (const uuid of [likely, stranger, fake])
      expect(where(state, uuid)?.location).toBe('waitingRoom');
    const admits = state.calls.filter((call) => call.apiName === 'admitParticipantFromWaitingRoom');
    expect(admits).toHaveLength(3);
  });

  it('sends to the waiting room, renames to a privacy name, and removes after a confirmation', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    const ann = await s.emu.join({ screenName: 'ann lee (she/her)' });
    const zed = await s.emu.join({ screenName: 'Zed Stranger' });
    const cohost = await s.emu.join({ screenName: 'Carl Cohost', role: 'coHost' });
    await waitForHeading(s.panel, 'In meeting (4)');
    // Zoom moves people to the waiting room only while it is on.
    await s.emu.setWaitingRoom(true);
    await rowOf(s.panel, cohost).waitFor();
    expect(
      await rowOf(s.panel, cohost)
        .getByRole('button', { name: /More actions/ })
        .count(),
    ).toBe(0);
    expect(
      await rowOf(s.panel, zed)
        .getByRole('button', { name: /More actions/ })
        .count(),
    ).toBe(1);

    await rowOf(s.panel, ann)
      .getByRole('button', { name: /More actions/ })
      .click();
    await s.panel.getByRole('button', { name: 'Rename…' }).click();
    const rename = s.panel.getByRole('dialog', { name: /Rename/ });
    await rename.getByRole('radio', { name: /Privacy name: .*Ann L\./ }).check();
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(async () => where(await s.emu.state(), ann)?.screenName).toBe('Ann L.');

    await rowOf(s.panel, zed)
      .getByRole('button', { name: /More actions/ })
      .click();
    await s.panel.getByRole('button', { name: 'Send to waiting room' }).click();
    await waitForHeading(s.panel, 'Waiting room (1)');
    expect(where(await s.emu.state(), zed)?.location).toBe('waitingRoom');

    await rowOf(s.panel, zed)
      .getByRole('button', { name: /More actions/ })
      .click();
    await s.panel.getByRole('button', { name: 'Remove…' }).click();
    const confirm = s.panel.getByRole('alertdialog', { name: /Remove .*Zed Stranger/ });
    await confirm.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(where(await s.emu.state(), zed)).toBeDefined();
    await rowOf(s.panel, zed)
      .getByRole('button', { name: /More actions/ })
      .click();
    await s.panel.getByRole('button', { name: 'Remove…' }).click();
    await s.panel
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Remove', exact: true })
      .click();
    await waitForHeading(s.panel, 'Waiting room (0)');
    expect(where(await s.emu.state(), zed)).toBeUndefined();
  });

  it('switches the waiting room on', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await openMore(s.panel);
    const toggle = s.panel.getByRole('switch', { name: 'Waiting room' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(async () => (await s.emu.state()).waitingRoom).toBe(true);
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  });
});

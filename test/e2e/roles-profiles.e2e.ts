import { afterEach, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openEmulator, waitForHeading, waitForText } from './harness';
import type { EmulatorSession } from './harness';

/**
 * Real Zoom rather than a kind emulator, in Chromium with the real SDK: other people's role changes
 * under a new participant UUID with the event fired twice, while locked; Zoom's web client, which
 * has no waiting-room APIs; a co-host refused the waiting-room APIs (80012); a guest co-host
 * refused the participant list; and a refused rename of someone waiting.
 */

const rowCount = (panel: Frame) => panel.locator('[data-testid="participant-row"]').count();
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('role changes, client profiles and refusals', () => {
  let s: EmulatorSession | undefined;

  afterEach(async () => {
    expect(s?.pageErrors ?? []).toEqual([]);
    await s?.close();
    s = undefined;
  });

  it('a role change with a new UUID, fired twice, while locked: one row each, nobody put back', async () => {
    s = await openEmulator({ query: 'scenario=empty&seed=1702' });
    const { panel, emu } = s;
    await waitForHeading(panel, 'In meeting (1)');
    const ann = await emu.join({ screenName: 'Ann Lee' });
    const carl = await emu.join({ screenName: 'Carl Cohost', role: 'coHost' });
    await waitForHeading(panel, 'In meeting (3)');
    await panel.getByRole('button', { name: 'Lock now' }).click();
    await waitForText(panel, 'Locked: nobody gets in without your click.');

    const annNow = await emu.setRole(ann, 'coHost');
    const carlNow = await emu.setRole(carl, 'attendee');
    expect(annNow).not.toBe(ann);
    expect(carlNow).not.toBe(carl);
    const roleEvents = (await emu.state()).events.filter((e) => e.name === 'onParticipantChange');
    // Per person: a leave under the old UUID, then the join under the new one, twice.
    expect(roleEvents.length).toBeGreaterThanOrEqual(6);

    await waitForHeading(panel, 'In meeting (3)');
    await settle(2_000);
    expect(await rowCount(panel)).toBe(3);
    const state = await emu.state();
    expect(state.participants.find((p) => p.participantUUID === carlNow)?.location).toBe('meeting');
    expect(state.calls.filter((c) => c.apiName === 'putParticipantToWaitingRoom')).toEqual([]);
    await waitForText(panel, '0 people held');
    await expect
      .poll(() =>
        panel.locator(`[data-testid="participant-row"][data-uuid="${annNow}"]`).textContent(),
      )
      .toContain('Co-host');
  });

  it('the web client: no waiting-room APIs, and the panel says what it cannot do', async () => {
    s = await openEmulator({ query: 'scenario=default&seed=1703&profile=web' });
    const { panel, emu } = s;
    await waitForText(panel, "Zoom's web client gives apps no waiting-room controls.");
    const state = await emu.state();
    expect(state.profile).toBe('web');
    // The panel never asks for what the client listed as unsupported.
    expect(state.calls.filter((c) => c.apiName.includes('WaitingRoom'))).toEqual([]);
    await waitForHeading(panel, 'In meeting (8)');
    await expect
      .poll(() => panel.locator('.connection-badge').getAttribute('class'))
      .toContain('connection-badge--ready');
  });

  it('a co-host refused the waiting-room APIs (80012): the panel and the lock say so', async () => {
    s = await openEmulator({ query: 'scenario=empty&seed=1704&profile=coHostDenied' });
    const { panel, emu } = s;
    await waitForHeading(panel, 'In meeting (1)');
    // The host makes the app user a co-host; this profile's deny list applies to co-hosts.
    await emu.setMyRole('coHost');
    await emu.setWaitingRoom(true);
    await waitForText(panel, 'Zoom refused your account these controls: see the waiting room');
    expect((await emu.state()).calls.some((c) => c.errorCode === '80012')).toBe(true);
    await panel.getByRole('button', { name: 'Lock now' }).click();
    await waitForText(
      panel,
      'The lock cannot be enforced here: Zoom does not let Doorkeeper send people to the waiting room.',
    );
    const stranger = await emu.join({ screenName: 'Late Stranger', waitingRoom: false });
    await waitForHeading(panel, 'In meeting (2)');
    await waitForText(panel, 'send people to the waiting room', 8_000);
    // Zoom refused the put-back: the stranger is still in, and the panel does not pretend otherwise.
    const state = await emu.state();
    expect(state.participants.find((p) => p.participantUUID === stranger)?.location).toBe(
      'meeting',
    );
  });

  it('a guest co-host: the participant list is refused and the panel explains why', async () => {
    s = await openEmulator({ query: 'scenario=default&seed=1705&profile=guestCoHost' });
    const { panel, emu } = s;
    await emu.setMyRole('coHost');
    await waitForText(panel, 'You joined without signing in to Zoom.', 8_000);
    expect(
      (await emu.state()).calls.some(
        (c) => c.apiName === 'getMeetingParticipants' && c.errorCode === '80012',
      ),
    ).toBe(true);
  });

  it('strict by default: removing someone waiting is refused, and the panel says why', async () => {
    s = await openEmulator({ query: 'scenario=empty&seed=1706' });
    const { panel, emu } = s;
    await waitForHeading(panel, 'In meeting (1)');
    await emu.setWaitingRoom(true);
    const wen = await emu.join({ screenName: 'Wen Waiting' });
    await waitForHeading(panel, 'Waiting room (1)');
    await panel
      .locator(`[data-testid="participant-row"][data-uuid="${wen}"]`)
      .getByRole('button', { name: /More actions/ })
      .click();
    await panel.getByRole('button', { name: 'Remove…' }).click();
    await panel
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Remove', exact: true })
      .click();
    await waitForText(panel, 'not allowed while waiting');
    expect((await emu.state()).participants.find((p) => p.participantUUID === wen)?.location).toBe(
      'waitingRoom',
    );
  });

  it('a config that expires: calls answer 80001, the panel configures again and carries on', async () => {
    s = await openEmulator({ query: 'scenario=empty&seed=1707&configExpiry=1500' });
    const { panel, emu } = s;
    await waitForHeading(panel, 'In meeting (1)');
    await settle(1_700);
    await emu.join({ screenName: 'After Expiry' });
    await waitForHeading(panel, 'In meeting (2)');
    await expect
      .poll(async () => (await emu.state()).calls.filter((c) => c.apiName === 'config').length, {
        timeout: 8_000,
      })
      .toBeGreaterThanOrEqual(2);
    expect((await emu.state()).calls.some((c) => c.errorCode === '80001')).toBe(true);
    await emu.join({ screenName: 'Later Still' });
    await waitForHeading(panel, 'In meeting (3)');
    await expect
      .poll(() => panel.locator('.connection-badge').getAttribute('class'), { timeout: 8_000 })
      .toContain('connection-badge--ready');
  });

  it('reordered and doubled events, sparse replies and an admit whose person never arrives', async () => {
    s = await openEmulator({
      query: 'scenario=default&seed=1708&delivery=realistic&reorder=1&doubleEvery=3&sparse=1',
    });
    const { panel, emu } = s;
    await waitForHeading(panel, 'In meeting (8)');
    const people: string[] = [];
    for (let i = 0; i < 6; i++)
      people.push(await emu.join({ screenName: `Guest ${i + 1}`, waitingRoom: false }));
    await emu.leave(people[0]!);
    await emu.leave(people[1]!);
    await waitForHeading(panel, 'In meeting (12)', 8_000);
    // The next admit is answered, the waiting-room leave comes, and the person gives up.
    const state = await emu.state();
    const waiting = state.participants.filter((p) => p.location === 'waitingRoom');
    expect(waiting).toHaveLength(2);
    await emu.loseNextAdmit();
    await panel
      .locator(`[data-testid="participant-row"][data-uuid="${waiting[0]!.participantUUID}"]`)
      .getByRole('button', { name: /^Admit/ })
      .click();
    await waitForHeading(panel, 'Waiting room (1)', 8_000);
    await settle(2_000);
    await waitForHeading(panel, 'In meeting (12)');
  });

  it('onRunningContextChange: the panel configures again and re-reads who it is', async () => {
    s = await openEmulator({ query: 'scenario=empty&seed=1709' });
    const { panel, emu } = s;
    await waitForHeading(panel, 'In meeting (1)');
    const configs = async () =>
      (await emu.state()).calls.filter((c) => c.apiName === 'config').length;
    const before = await configs();
    await emu.setRunningContext('inImmersive');
    await expect.poll(configs, { timeout: 8_000 }).toBeGreaterThan(before);
    expect((await emu.state()).events.map((e) => e.name)).toContain('onRunningContextChange');
    await emu.join({ screenName: 'Still Watched' });
    await waitForHeading(panel, 'In meeting (2)');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openEmulator, pasteRoll, waitForHeading } from './harness';

/**
 * The screen-sharing alert with the real SDK in the emulator: Zoom's onShareScreen for someone on
 * no roll entry puts a danger alert in the header naming them; one click sends them to the
 * waiting room (putParticipantToWaitingRoom) and the alert ends. A roll member sharing raises none.
 */

describe('the screen-sharing alert in the emulator', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an unknown guest shares: alert, one click, and they are in the waiting room; a roll member shares: no alert', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=71', browser });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      await s.emu.setWaitingRoom(true);
      const ann = await s.emu.join({ screenName: 'Ann Lee', waitingRoom: false });
      const guest = await s.emu.join({ screenName: 'Gate Crasher', waitingRoom: false });
      await waitForHeading(s.panel, 'In meeting (3)');
      await pasteRoll(s.panel, ['Ann Lee', 'Bob Kay']);
      await s.panel.getByText('Not on roll').first().waitFor();

      // A roll member shares first: nothing. The guest's alert below proves the panel heard both.
      await s.emu.shareScreen(ann, true);
      await s.emu.shareScreen(guest, true);
      const alert = s.panel.getByTestId('share-alert');
      await alert.waitFor({ timeout: 5_000 });
      expect(await s.panel.getByTestId('share-alert').count()).toBe(1);
      expect(await alert.innerText()).toContain(
        'Not on the roll, sharing their screen: \u2068Gate Crasher\u2069',
      );
      const shares = (await s.emu.state()).events.filter((e) => e.name === 'onShareScreen');
      expect(shares.map((e) => e.data)).toEqual([
        { participantUUID: ann, timestamp: expect.any(Number), action: 'start', withSound: false },
        {
          participantUUID: guest,
          timestamp: expect.any(Number),
          action: 'start',
          withSound: false,
        },
      ]);

      await alert.getByRole('button', { name: 'Send to waiting room' }).click();
      await s.page.waitForFunction(
        (uuid) =>
          window.zoomEmulator?.state().participants.find((p) => p.participantUUID === uuid)
            ?.location === 'waitingRoom',
        guest,
        { timeout: 10_000 },
      );
      await alert.waitFor({ state: 'detached', timeout: 5_000 });
      const state = await s.emu.state();
      expect(
        state.calls
          .filter((c) => c.apiName === 'putParticipantToWaitingRoom')
          .map((c) => [c.data, c.outcome]),
      ).toEqual([[{ participantUUID: guest }, 'ok']]);
      // Zoom ends a share when its sharer is moved; Ann shares on, unalerted.
      expect(state.sharers).toEqual([ann]);
      expect(await s.panel.getByTestId('share-alert').count()).toBe(0);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium, openEmulator, waitForHeading } from './harness';

/**
 * Cloud recording with the real SDK in the emulator: Zoom's own buttons start, pause, resume and
 * stop it, the header follows through onCloudRecording; where the preset forbids recording the
 * banner's Stop reaches Zoom (cloudRecording), local recording is revoked from the checklist
 * (allowParticipantToRecord), and the consent line is posted with sendMessageToChat, or, on a
 * client older than 6.2.5, only offered to copy with the reason.
 */

async function waitForRecordingState(panel: Frame, state: string): Promise<void> {
  await panel.waitForFunction(
    (wanted) =>
      document.querySelector('[data-testid="recording-status"]')?.getAttribute('data-state') ===
      wanted,
    state,
    { timeout: 5_000 },
  );
}

const item = (panel: Frame, id: string) =>
  panel.locator(`[data-testid="checklist-item"][data-item="${id}"]`);

describe('cloud recording in the emulator', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows Zoom’s recording buttons live and posts the consent line to the chat', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=51', browser });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      await waitForRecordingState(s.panel, 'stopped');
      expect(await s.panel.getByTestId('recording-status').innerText()).toBe(
        'Cloud recording: off',
      );

      await s.emu.recordToCloud('start');
      await waitForRecordingState(s.panel, 'started');
      expect(await s.panel.getByTestId('recording-status').innerText()).toContain(
        'Recording to the cloud',
      );
      // The general preset allows recording: no warning, but the consent line is offered.
      expect(await s.panel.getByTestId('recording-banner').count()).toBe(0);
      const offer = s.panel.getByTestId('consent-offer');
      await offer.waitFor();
      await offer.getByRole('button', { name: 'Post to chat' }).click();
      await offer.getByText('Posted to the meeting chat.').waitFor();
      const chat = (await s.emu.state()).chat;
      expect(chat.map((c) => c.message)).toEqual([
        'This meeting is now being recorded to the cloud. If you do not agree, say so now, or turn off your camera and microphone, or leave the meeting.',
      ]);

      await s.emu.recordToCloud('pause');
      await waitForRecordingState(s.panel, 'paused');
      await s.emu.recordToCloud('resume');
      await waitForRecordingState(s.panel, 'started');
      await s.emu.recordToCloud('stop');
      await waitForRecordingState(s.panel, 'stopped');
      expect(await s.panel.getByTestId('consent-offer').count()).toBe(0);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('warns with one-click Stop where the preset forbids recording, and revokes local recording', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=52', browser });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      const ann = await s.emu.join({ screenName: 'Ann L.' });
      await waitForHeading(s.panel, 'In meeting (2)');
      await s.emu.allowLocalRecording(ann, true);
      await s.panel.getByRole('tab', { name: 'Check this meeting' }).click();
      await s.panel
        .getByRole('combobox', { name: 'Kind of meeting' })
        .selectOption('anonymous-support-group');

      await s.emu.recordToCloud('start');
      const banner = s.panel.getByTestId('recording-banner');
      await banner.waitFor();
      expect(await banner.innerText()).toContain('This kind of meeting must not be recorded.');
      expect(await s.panel.getByTestId('consent-offer').count()).toBe(0);
      expect(
        await item(s.panel, 'recording').locator('[data-status]').getAttribute('data-status'),
      ).toBe('fail');

      await banner.getByRole('button', { name: 'Stop the recording' }).click();
      await waitForRecordingState(s.panel, 'stopped');
      expect((await s.emu.state()).cloudRecording).toBe('stopped');
      expect(await s.panel.getByTestId('recording-banner').count()).toBe(0);
      const stops = (await s.emu.state()).calls.filter((c) => c.apiName === 'cloudRecording');
      expect(stops.map((c) => [c.data, c.outcome])).toEqual([[{ action: 'stop' }, 'ok']]);

      await item(s.panel, 'localRecording')
        .getByRole('button', { name: 'Revoke local recording for 1 person' })
        .click();
      await s.panel.waitForFunction(
        () =>
          document
            .querySelector(
              '[data-testid="checklist-item"][data-item="localRecording"] [data-status]',
            )
            ?.getAttribute('data-status') === 'ok',
        undefined,
        { timeout: 5_000 },
      );
      expect((await s.emu.state()).localRecorders).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('on a client older than 6.2.5 offers the line to copy, saying why it cannot post', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=53', browser });
    try {
      await s.emu.setClientVersion('6.1.0');
      await s.emu.reloadPanel();
      await waitForHeading(s.panel, 'In meeting (1)');
      await waitForRecordingState(s.panel, 'stopped');
      await s.emu.recordToCloud('start');
      const offer = s.panel.getByTestId('consent-offer');
      await offer.waitFor();
      expect(await offer.getByRole('button', { name: 'Post to chat' }).count()).toBe(0);
      expect(await offer.getByRole('button', { name: 'Copy' }).count()).toBe(1);
      expect(await offer.innerText()).toContain(
        'Posting to the chat needs Zoom 6.2.5 or later; this client is 6.1.0.',
      );
    } finally {
      await s.close();
    }
  });
});

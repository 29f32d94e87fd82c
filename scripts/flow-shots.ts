/**
 * PNGs of the main flows, for looking at them as a host would:
 * `npx tsx scripts/flow-shots.ts [--out /tmp/flows] [--lang en,de,ja,fil] [--width 320,380]
 * [--height 600,670] [--theme light,dark]` (one height per width, in order).
 *
 * In one meeting, in order: the waiting room with only a likely roll match (`likely-only`) and the
 * review it offers (`review-picker`), then
 * with a sure match, a likely one, an impostor and a stranger (`waiting-mix`); an auto-lock
 * counting down (`countdown`); locked, first reading (`locked`) and read (`locked-read`); a stranger the lock put back and
 * someone on the roll a host sent back (`held`); the host
 * dropped to attendee while locked (`role-drop`) and back (`role-back`); an admit Zoom refuses
 * (`admit-error`); the panel reloaded while locked, at once (`reload-early`) and settled
 * (`reload-locked`). Writes `<flow>-<width>-<lang>-<theme>.png` and prints each path.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Frame, Page } from 'playwright-core';
import { dropRoll, label, lockNow } from '../test/helpers/panel-scene';
import type { SceneLanguage } from '../test/helpers/panel-scene';
import { withPanelBrowser } from './panel-shots';
import type { Scene } from './panel-shots';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/flows' },
    lang: { type: 'string', default: 'en,de,ja,fil' },
    width: { type: 'string', default: '320,380' },
    height: { type: 'string', default: '600,670' },
    theme: { type: 'string', default: 'light' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npx tsx scripts/flow-shots.ts [--out /tmp/flows] [--lang en,de,ja,fil] ' +
      '[--width 320,380] [--height 600,670] [--theme light,dark]',
  );
  process.exit(0);
}
const list = (value: string) => value.split(',').filter(Boolean);
const languages = list(values.lang) as SceneLanguage[];
const widths = list(values.width).map(Number);
const heights = list(values.height).map(Number);
const themes = list(values.theme).filter(
  (t): t is 'light' | 'dark' => t === 'light' || t === 'dark',
);
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

const ROLL = 'name\nJane Doe\nJohn Smith\nMaría García\nKwame Mensah\nAnn Lee\n';

const join = (page: Page, screenName: string, waitingRoom: boolean) =>
  page.evaluate(
    ([name, waiting]) =>
      window.zoomEmulator?.join({ screenName: name, waitingRoom: waiting }) ?? '',
    [screenName, waitingRoom] as const,
  );

const rows = (panel: Frame, count: number) =>
  panel.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="participant-row"]').length >= n,
    count,
    { timeout: 15_000 },
  );

async function setAutoLock(panel: Frame, lang: SceneLanguage, minutes: string) {
  const more = panel.getByRole('button', { name: label(lang, 'toolbar.more'), exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await panel.getByRole('button', { name: label(lang, 'lock.autoLock'), exact: true }).click();
  const dialog = panel.getByRole('dialog');
  await dialog.getByRole('radio', { name: label(lang, 'lock.form.fromNow') }).check();
  await dialog.getByRole('spinbutton', { name: label(lang, 'lock.form.minutes') }).fill(minutes);
  await dialog.getByRole('button', { name: label(lang, 'lock.form.start') }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function flows(scene: Scene, lang: SceneLanguage, shoot: (flow: string) => Promise<void>) {
  const { page, panel } = scene;
  const settle = () => panel.waitForTimeout(400);
  // The call runs in the page: it is sent as its source text, with the emulator as its argument.
  const emu = (call: (e: NonNullable<typeof window.zoomEmulator>) => unknown) =>
    page.evaluate(`(${call.toString()})(window.zoomEmulator)`);
  await dropRoll(panel, lang, ROLL);
  const ann = await join(page, 'Ann Lee', false);
  await join(page, 'Jane Doe', false);
  await emu((e) => e.setWaitingRoom(true));
  await join(page, 'Kwame Mensa', true);
  await rows(panel, 1);
  await settle();
  await shoot('likely-only');
  await panel.locator('.app__toolbar .button--primary').first().click();
  await panel.getByRole('dialog').waitFor({ timeout: 10_000 });
  await settle();
  await shoot('review-picker');
  await page.keyboard.press('Escape');
  await panel.getByRole('dialog').waitFor({ state: 'detached', timeout: 10_000 });
  const john = await join(page, 'John Smith', true);
  await join(page, 'J\u0430ne Doe', true);
  await join(page, 'Zed Stranger', true);
  await rows(panel, 4);
  await settle();
  await shoot('waiting-mix');

  await setAutoLock(panel, lang, '2');
  await settle();
  await shoot('countdown');

  await lockNow(panel, lang);
  await settle();
  await shoot('locked');
  const gotIt = panel.getByRole('button', { name: label(lang, 'lock.banner.gotIt'), exact: true });
  if ((await gotIt.count()) > 0) await gotIt.click();
  await settle();
  await shoot('locked-read');

  // Held rows: a stranger in past the waiting room, put back by the lock, and Ann (on the roll, in
  // the meeting) sent back by a host from Zoom's own panel; each says so on its second line.
  await join(page, 'Gate Crasher', false);
  await page.evaluate((id) => window.zoomEmulator?.putInWaitingRoom(id), ann);
  await panel.waitForFunction(() => document.querySelectorAll('.held-moves__move').length >= 2, {
    timeout: 15_000,
  });
  await settle();
  await shoot('held');

  await emu((e) => e.setMyRole('attendee'));
  await panel.waitForTimeout(1_500);
  await shoot('role-drop');
  await emu((e) => e.setMyRole('host'));
  await panel.waitForTimeout(1_500);
  await shoot('role-back');

  await emu((e) => e.failNext('admitParticipantFromWaitingRoom', 80012));
  await panel
    .locator(`[data-testid="participant-row"][data-uuid="${john}"]`)
    .getByRole('button', {
      name: label(lang, 'actions.admitName').replace('{{name}}', '\u2068John Smith\u2069'),
    })
    .click({ timeout: 15_000 });
  await panel.getByTestId('action-summary').waitFor({ timeout: 10_000 });
  await settle();
  await shoot('admit-error');

  await emu((e) => void e.reloadPanel());
  await panel.waitForTimeout(300);
  const reloaded = await scene.frameElement.contentFrame();
  if (!reloaded) throw new Error('no panel frame after the reload');
  // The first frame with a header: what the host reads before Doorkeeper has heard from Zoom.
  await reloaded.locator('header').first().waitFor({ timeout: 15_000 });
  await shoot('reload-early');
  await emu((e) => e.whenConfigured(15_000));
  await reloaded.getByTestId('lock-banner').waitFor({ timeout: 15_000 });
  await panel.waitForTimeout(1_000);
  await shoot('reload-locked');
}

await withPanelBrowser(async (open) => {
  for (const theme of themes)
    for (const lang of languages)
      for (const [i, width] of widths.entries()) {
        const height = heights[i] ?? heights.at(-1) ?? 670;
        await open(
          { lang, width, height, theme, query: 'scenario=empty&seed=43' },
          async (scene) => {
            await flows(scene, lang, async (flow) => {
              const file = resolve(outDir, `${flow}-${width}-${lang}-${theme}.png`);
              await scene.frameElement.screenshot({ path: file });
              console.log(file);
            });
          },
        );
      }
});

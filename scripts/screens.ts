/**
 * PNGs of the screens that open on demand, for looking at them as a host would:
 * `npx tsx scripts/screens.ts [--out /tmp/screens] [--lang en,de,ja] [--width 380,320]
 * [--theme light,dark] [--only share-alert,checklist,opening-editor,forget-dialog,person-menu]`.
 *
 * - share-alert: an unknown guest with a long name shares their screen (the header's alert);
 * - checklist: "Check this meeting" at the exposed e-mail item and its rename request;
 * - opening-editor: the opening message's editor, open;
 * - forget-dialog: "Forget…" on an attendance row, the confirmation with its counts;
 * - person-menu: a row's menu in Zoom's web client (no waiting-room APIs), with its note.
 *
 * Each at Zoom's panel height (670 px) and every width, language and theme asked for. Serves the
 * app with the Vite dev server on a free port and drives Debian's Chromium. Writes
 * `<screen>-<width>-<lang>-<theme>.png` and prints each path.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Frame, Page } from 'playwright-core';
import { dropRoll, label } from '../test/helpers/panel-scene';
import type { SceneLanguage } from '../test/helpers/panel-scene';
import { withPanelBrowser } from './panel-shots';
import type { Scene } from './panel-shots';

const HEIGHT = 670;
const SCREENS = [
  'share-alert',
  'checklist',
  'opening-editor',
  'forget-dialog',
  'person-menu',
] as const;
type Screen = (typeof SCREENS)[number];

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/screens' },
    lang: { type: 'string', default: 'en,de,ja' },
    width: { type: 'string', default: '380,320' },
    theme: { type: 'string', default: 'light,dark' },
    only: { type: 'string', default: SCREENS.join(',') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npx tsx scripts/screens.ts [--out /tmp/screens] [--lang en,de,ja] [--width 380,320] ' +
      `[--theme light,dark] [--only ${SCREENS.join(',')}]`,
  );
  process.exit(0);
}
const list = (value: string) => value.split(',').filter(Boolean);
const languages = list(values.lang) as SceneLanguage[];
const widths = list(values.width).map(Number);
const themes = list(values.theme).map((t) => (t === 'dark' ? 'dark' : 'light'));
const wanted = new Set(list(values.only));
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

const LONG_GUEST = 'Bartholomew Featherstonehaugh-Cholmondeley';
const ROLL =
  'name,email\nAnn Lee,ann@example.org\nBob Kay,bob@example.org\nJane Doe,jane@example.org\n';

const join = (page: Page, screenName: string) =>
  page.evaluate(
    (name) => window.zoomEmulator?.join({ screenName: name, waitingRoom: false }) ?? '',
    screenName,
  );

const tab = (panel: Frame, lang: SceneLanguage, key: string) =>
  panel.getByRole('tab', { name: label(lang, key), exact: true }).click();

async function defaultScreens(
  scene: Scene,
  lang: SceneLanguage,
  shoot: (s: Screen) => Promise<void>,
) {
  const { page, panel } = scene;
  await dropRoll(panel, lang, ROLL);
  await join(page, 'Ann Lee');
  await join(page, 'jane.doe@example.org');
  const guest = await join(page, LONG_GUEST);
  await panel.waitForFunction(
    () => document.querySelectorAll('[data-testid="participant-row"]').length >= 4,
    undefined,
    { timeout: 15_000 },
  );
  if (wanted.has('share-alert')) {
    await page.evaluate((uuid) => window.zoomEmulator?.shareScreen(uuid, true), guest);
    await panel.getByTestId('share-alert').waitFor({ timeout: 10_000 });
    await shoot('share-alert');
    await page.evaluate((uuid) => window.zoomEmulator?.shareScreen(uuid, false), guest);
  }
  if (wanted.has('checklist') || wanted.has('opening-editor')) {
    await tab(panel, lang, 'views.checklist');
    const exposed = panel.locator('[data-testid="checklist-item"][data-item="exposedContacts"]');
    await exposed.waitFor({ timeout: 10_000 });
    if (wanted.has('checklist')) {
      await exposed.scrollIntoViewIfNeeded();
      await panel.waitForTimeout(300);
      await shoot('checklist');
    }
    if (wanted.has('opening-editor')) {
      const section = panel.getByTestId('opening-message');
      await section.getByRole('button', { name: label(lang, 'opening.edit'), exact: true }).click();
      await section.locator('textarea').scrollIntoViewIfNeeded();
      await panel.waitForTimeout(300);
      await shoot('opening-editor');
    }
  }
  if (wanted.has('forget-dialog')) {
    await tab(panel, lang, 'views.attendance');
    await panel
      .getByRole('button', {
        name: label(lang, 'erasure.buttonLabel').replace('{{name}}', 'Ann Lee'),
      })
      .first()
      .click();
    await panel.getByTestId('forget-question').waitFor({ timeout: 10_000 });
    await panel.waitForTimeout(300);
    await shoot('forget-dialog');
  }
}

async function personMenu(scene: Scene, lang: SceneLanguage, shoot: (s: Screen) => Promise<void>) {
  const { page, panel } = scene;
  await join(page, LONG_GUEST);
  const more = panel
    .getByRole('button', {
      name: label(lang, 'actions.moreFor').replace('{{name}}', `\u2068${LONG_GUEST}\u2069`),
    })
    .first();
  await more.click({ timeout: 15_000 });
  await panel.getByRole('dialog').waitFor();
  await panel.waitForTimeout(300);
  await shoot('person-menu');
}

await withPanelBrowser(async (open) => {
  for (const lang of languages)
    for (const width of widths)
      for (const theme of themes) {
        const shoot = (scene: Scene) => async (screen: Screen) => {
          const file = resolve(outDir, `${screen}-${width}-${lang}-${theme}.png`);
          await scene.frameElement.screenshot({ path: file });
          console.log(file);
        };
        const scenes = [
          {
            wanted: SCREENS.some((s) => s !== 'person-menu' && wanted.has(s)),
            query: '',
            run: defaultScreens,
          },
          { wanted: wanted.has('person-menu'), query: '&profile=web', run: personMenu },
        ];
        for (const scene of scenes)
          if (scene.wanted)
            await open(
              { lang, width, height: HEIGHT, theme, query: `scenario=empty&seed=41${scene.query}` },
              (opened) => scene.run(opened, lang, shoot(opened)),
            );
      }
});

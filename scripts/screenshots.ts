/**
 * PNG screenshots of the panel in the emulator, for the README and for looking at the layout:
 * `npx tsx scripts/screenshots.ts [--out docs] [--width 380] [--height 670] [--lang en]
 * [--theme light|dark] [--only rush|impostor]`.
 *
 * - rush: the rush scenario (40 arrivals), its roll loaded and the lock on, with the lock's
 *   explanation at its first reading and after "Got it".
 * - impostor: the same a moment earlier, with the header's impostor alert.
 *
 * Serves the app with the Vite dev server on a free port and drives Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  RUSH_SEED,
  dropRoll,
  label,
  lockNow,
  rushRollCsv,
  waitForWaiting,
} from '../test/helpers/panel-scene';
import type { SceneLanguage } from '../test/helpers/panel-scene';
import { withPanelBrowser } from './panel-shots';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs' },
    width: { type: 'string', default: '380' },
    height: { type: 'string', default: '670' },
    lang: { type: 'string', default: 'en' },
    theme: { type: 'string', default: 'light' },
    only: { type: 'string' },
  },
});
const width = Number(values.width);
const height = Number(values.height);
const lang = values.lang as SceneLanguage;
const theme: 'light' | 'dark' = values.theme === 'dark' ? 'dark' : 'light';
const outDir = resolve(ROOT, values.out);
mkdirSync(outDir, { recursive: true });
const suffix = `${width}${lang === 'en' ? '' : `-${lang}`}${theme === 'dark' ? '-dark' : ''}`;

await withPanelBrowser((open) =>
  open(
    { lang, width, height, theme, query: `scenario=rush&seed=${RUSH_SEED}&speed=20` },
    async ({ page, panel, frameElement }) => {
      await dropRoll(panel, lang, rushRollCsv());
      await waitForWaiting(page, 40);
      await panel.waitForTimeout(1_500);
      const shoot = async (name: string): Promise<void> => {
        const file = resolve(outDir, `${name}-${suffix}.png`);
        await frameElement.screenshot({ path: file });
        console.log(file);
      };
      if (!values.only || values.only === 'impostor') await shoot('impostor-alert');
      if (!values.only || values.only === 'rush') {
        await lockNow(panel, lang);
        await panel.waitForTimeout(800);
        // The lock's explanation is open until read once; after "Got it" it sits behind (i).
        await shoot('lock-first-reading');
        await panel
          .getByRole('button', { name: label(lang, 'lock.banner.gotIt'), exact: true })
          .click();
        await panel.waitForTimeout(300);
        await shoot('rush-locked');
      }
    },
  ),
);

/**
 * Who holds the entry a flagged waiting row claims, as painted at Zoom's narrowest panel (320 px)
 * in all seven languages: an impostor ("Jаne Doe", a Cyrillic а) and a duplicate ("John Smith"
 * twice) each say on their second line whom the entry is held by, and the holder's name must be
 * drawn whole inside every box that clips it. Cut to one line, the claim read "attribué à « Jane
 * D…" in every language, and a duplicate's buttons left its sentence one letter ("S").
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRoll } from '../helpers/panel-scene';
import type { SceneLanguage } from '../helpers/panel-scene';
import { launchChromium, openEmulator } from './harness';

const ROLL = 'name\nJane Doe\nJohn Smith\nMaximiliana Ostrowska\nAnn Lee\n';

/**
 * The holder's name in a row's claim: its letters drawn whole (inside the row and every box
 * between that clips: the claim's two lines, an ellipsis) and the ones that are not. Null while
 * the row has no claim naming the holder.
 */
function holderPainted(
  panel: Frame,
  uuid: string,
  holder: string,
): Promise<{ whole: string; cut: string } | null> {
  return panel.evaluate(
    ([id, name]) => {
      const row = document.querySelector(
        `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
      );
      const text = row?.querySelector('.row-claim__text');
      const node = text?.firstChild;
      if (!row || !text || !node || node.nodeType !== Node.TEXT_NODE) return null;
      // The holder is the isolated name in quotes, after the roll name (which may be the same).
      const value = node.textContent ?? '';
      const start = value.lastIndexOf(`\u2068${name}\u2069`);
      if (start < 0) return null;
      let whole = '';
      let cut = '';
      for (let index = start + 1; index <= start + name.length; index += 1) {
        const letter = value[index]!;
        if (!letter.trim()) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const r = range.getBoundingClientRect();
        let drawn = r.width > 0;
        for (let box: Element | null = text; box && drawn; box = box.parentElement) {
          const style = getComputedStyle(box);
          if (style.overflow === 'visible' && box !== row) continue;
          const b = box.getBoundingClientRect();
          // Under an ellipsis, the letters it covers are not drawn: keep an ellipsis' width clear.
          const ellipsis =
            style.textOverflow === 'ellipsis' && box.scrollWidth > box.clientWidth + 0.5 ? 12 : 0;
          drawn =
            r.left >= b.left - 0.5 &&
            r.right <= b.right - ellipsis + 0.5 &&
            r.top >= b.top - 0.5 &&
            r.bottom <= b.bottom + 0.5;
          if (box === row) break;
        }
        if (drawn) whole += letter;
        else cut += letter;
      }
      return { whole, cut };
    },
    [uuid, holder] as const,
  );
}

describe('a flagged row names who holds its entry, whole, at 320 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<SceneLanguage>(['en', 'fil', 'fr', 'de', 'id', 'ja', 'es'])(
    'in %s',
    { timeout: 120_000 },
    async (lang) => {
      const s = await openEmulator({
        query: 'scenario=empty&seed=91',
        width: 320,
        locale: lang,
        browser,
      });
      try {
        const { panel, emu } = s;
        await panel.waitForSelector('[role="tablist"]', { timeout: 20_000 });
        await dropRoll(panel, lang, ROLL);
        await emu.join({ screenName: 'Jane Doe', waitingRoom: false });
        await emu.join({ screenName: 'John Smith', waitingRoom: false });
        await emu.join({ screenName: 'Maximiliana Ostrowska', waitingRoom: false });
        await emu.setWaitingRoom(true);
        const impostor = await emu.join({ screenName: 'J\u0430ne Doe', waitingRoom: true });
        const duplicate = await emu.join({ screenName: 'John Smith', waitingRoom: true });
        const long = await emu.join({ screenName: 'Maximiliana Ostrowska', waitingRoom: true });
        for (const [uuid, holder] of [
          [impostor, 'Jane Doe'],
          [duplicate, 'John Smith'],
          [long, 'Maximiliana Ostrowska'],
        ] as const)
          await expect
            .poll(() => holderPainted(panel, uuid, holder), { timeout: 15_000 })
            .toEqual({ whole: holder.replace(/\s/g, ''), cut: '' });
        // A duplicate's two ways out sit whole inside its row, under its claim (in English they
        // once wrapped onto a third line, drawn over the next row); also beside a long given name.
        const outside = (id: string) =>
          panel.evaluate((id) => {
            const row = document.querySelector(
              `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
            );
            const box = row?.getBoundingClientRect();
            const buttons = [...(row?.querySelectorAll('.row-claim__button') ?? [])];
            if (!box || buttons.length !== 2) return ['no buttons'];
            return buttons
              .filter((button) => {
                const r = button.getBoundingClientRect();
                return (
                  r.width < 1 ||
                  r.left < box.left - 0.5 ||
                  r.right > box.right + 0.5 ||
                  r.top < box.top - 0.5 ||
                  r.bottom > box.bottom + 0.5
                );
              })
              .map((button) => button.textContent ?? '');
          }, id);
        expect(await outside(duplicate)).toEqual([]);
        expect(await outside(long)).toEqual([]);
        expect(s.pageErrors).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );
});

/**
 * The decision layout at Zoom's side-panel size, measured in Chromium: the rush scenario (forty
 * arrivals, one impersonator), its roll dropped on the panel, the lock on and its explanation read
 * once ("Got it"). At 380 × 670 px (and at 320 px) at least ten waiting rows are in view without
 * scrolling; at 320 and 380 px in en, de and ja, and at 320 px in fr, es, fil and id, nothing
 * scrolls sideways, no button label breaks mid-word or is cut, the tabs stay on one line, and
 * names show at least 18 characters before they are truncated; no text sits flush with the
 * panel's left edge.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  RUSH_SEED,
  dropRoll,
  label,
  lockNow,
  rushRollCsv,
  sizePanel,
  waitForWaiting,
} from '../helpers/panel-scene';
import type { SceneLanguage } from '../helpers/panel-scene';
import { launchChromium } from './harness';
import { labelFit } from './label-fit';
import type { LabelFit } from './label-fit';

const HEIGHT = 670;

interface Measurement extends LabelFit {
  waitingRowsInView: number;
  impostorRowInView: boolean;
  tabRows: number;
  shortNames: string[];
  longNamesChecked: number;
  flushLeft: string[];
}

/** Everything the layout goals speak of, measured in the panel as it is painted. */
async function measure(panel: Frame): Promise<Measurement> {
  const rows = await panel.evaluate(() => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && rect.width > 1 && rect.height > 1;
    };
    const waitingList = document.querySelector('.roster-section--waiting .virtual-list');
    const listRect = waitingList?.getBoundingClientRect();
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        listRect !== undefined &&
        r.top >= listRect.top - 0.5 &&
        r.bottom <= listRect.bottom + 0.5 &&
        r.bottom <= window.innerHeight + 0.5
      );
    };
    const rows = waitingList
      ? [...waitingList.querySelectorAll('[data-testid="participant-row"]')].filter(inView)
      : [];
    const impostorRow = document.querySelector(
      '.roster-section--waiting [data-testid="participant-row"].participant-row--tall',
    );
    const tabTops = new Set(
      [...document.querySelectorAll('[role="tab"]')].map((t) =>
        Math.round(t.getBoundingClientRect().top),
      ),
    );
    // Names: the first 18 characters are inside the name's box (not hidden behind the ellipsis).
    const shortNames: string[] = [];
    let longNamesChecked = 0;
    for (const name of document.querySelectorAll('.participant-row__name')) {
      const text = name.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE || !visible(name)) continue;
      const chars = [...(text.textContent ?? '')];
      if (chars.length < 18) continue;
      longNamesChecked++;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, chars.slice(0, 18).join('').length);
      const box = name.getBoundingClientRect();
      const end = Math.max(...[...range.getClientRects()].map((r) => r.right));
      if (end > box.right + 0.5) shortNames.push(text.textContent ?? '');
    }
    // Nothing sits flush with the panel's left edge: every line of text is inset, as the header's are.
    const flushLeft: string[] = [];
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (
        !parent ||
        text === '' ||
        !visible(parent) ||
        parent.closest('.visually-hidden, [hidden]')
      )
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const first = range.getClientRects()[0];
      if (first && first.width > 0 && first.left < 4) flushLeft.push(text);
    }
    return {
      flushLeft,
      waitingRowsInView: rows.length,
      impostorRowInView: impostorRow !== null && inView(impostorRow),
      tabRows: tabTops.size,
      shortNames,
      longNamesChecked,
    };
  });
  return { ...rows, ...(await labelFit(panel)) };
}

async function openScene(
  browser: Browser,
  language: SceneLanguage,
  width: number,
): Promise<{ page: Page; panel: Frame; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: HEIGHT + 200 },
    locale: language,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(
    `${inject('baseUrl')}/emulator.html?scenario=rush&seed=${RUSH_SEED}&speed=20&width=${width}`,
  );
  await page.waitForFunction(() => window.zoomEmulator !== undefined);
  await sizePanel(page, width, HEIGHT);
  const frame = await (await page.waitForSelector('iframe.zoom-panel__frame')).contentFrame();
  if (!frame) throw new Error('no panel frame');
  await frame.waitForSelector('[role="tablist"]', { timeout: 20_000 });
  await dropRoll(frame, language, rushRollCsv());
  await waitForWaiting(page, 40);
  await lockNow(frame, language);
  await frame
    .getByRole('button', { name: label(language, 'lock.banner.gotIt'), exact: true })
    .click();
  // The list settles (the last arrivals, the lock's verdicts) before it is measured.
  await frame.waitForFunction(
    () => document.querySelectorAll('.roster-section--waiting .waiting-group').length >= 2,
    undefined,
    { timeout: 10_000 },
  );
  await frame.waitForTimeout(500);
  return { page, panel: frame, errors };
}

const CASES: ReadonlyArray<[SceneLanguage, number]> = [
  ['en', 380],
  ['de', 380],
  ['ja', 380],
  ['en', 320],
  ['de', 320],
  ['ja', 320],
  // Every other language the panel speaks, at the narrowest width: the tabs on one line, no label
  // broken or cut, nothing sideways.
  ['fr', 320],
  ['es', 320],
  ['fil', 320],
  ['id', 320],
];

describe('the decision layout at Zoom’s panel size (rush, roll loaded, locked)', () => {
  let browser: Browser;
  const figures: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    if (figures.length > 0)
      console.log(`layout figures (${HEIGHT} px high):\n${figures.join('\n')}`);
    await browser?.close();
  });

  it('opening "In meeting" while people wait: the list is as tall as its rows, the waiting room keeps the rest', async () => {
    const { page, panel, errors } = await openScene(browser, 'en', 380);
    try {
      await panel.getByRole('button', { name: 'Show', exact: true }).click();
      await panel.waitForSelector('.roster-section--meeting[data-expanded="true"] .virtual-list');
      const sizes = await panel.evaluate(() => {
        const list = document.querySelector('.roster-section--meeting .virtual-list')!;
        const sizer = list.querySelector('.virtual-list__sizer')!;
        return {
          list: list.getBoundingClientRect().height,
          rows: sizer.getBoundingClientRect().height,
        };
      });
      const m = await measure(panel);
      figures.push(
        `en 380px, "In meeting" (1) open: list ${sizes.list} px for ${sizes.rows} px of rows, ${m.waitingRowsInView} waiting rows in view`,
      );
      // One person in the meeting: one row's height (and its border), not a share of the panel.
      expect(sizes.list).toBeLessThanOrEqual(sizes.rows + 4);
      expect(m.waitingRowsInView).toBeGreaterThanOrEqual(8);

      // Twenty admitted by a host (Zoom's own panel): the list takes at most 40 % and scrolls.
      await page.evaluate(() => {
        const emulator = window.zoomEmulator!;
        const waiting = emulator.state().participants.filter((p) => p.location === 'waitingRoom');
        for (const p of waiting.slice(-20)) emulator.admit(p.participantUUID);
      });
      await panel.waitForFunction(
        () =>
          document.querySelectorAll('.roster-section--waiting .waiting-group').length >= 1 &&
          /\(21\)/.test(document.querySelector('.roster-section--meeting h2')?.textContent ?? ''),
        undefined,
        { timeout: 20_000 },
      );
      const full = await panel.evaluate(() => ({
        roster: document.querySelector('.roster')!.getBoundingClientRect().height,
        meeting: document.querySelector('.roster-section--meeting')!.getBoundingClientRect().height,
      }));
      const busy = await measure(panel);
      figures.push(
        `en 380px, "In meeting" (21) open: ${full.meeting} of ${full.roster} px, ${busy.waitingRowsInView} waiting rows in view`,
      );
      expect(full.meeting).toBeLessThanOrEqual(full.roster * 0.4 + 1);
      expect(full.meeting).toBeGreaterThan(100);
      expect(busy.documentOverflow).toBeLessThanOrEqual(0);
      expect(busy.waitingRowsInView).toBeGreaterThanOrEqual(5);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it.each(CASES)('%s at %i px', async (language, width) => {
    const { page, panel, errors } = await openScene(browser, language, width);
    try {
      const m = await measure(panel);
      figures.push(
        `${language} ${width}px: ${m.waitingRowsInView} waiting rows in view, sideways ${m.documentOverflow}/${m.listOverflow} px, tab rows ${m.tabRows}, names ≥18 checked ${m.longNamesChecked}`,
      );
      expect(m.waitingRowsInView).toBeGreaterThanOrEqual(10);
      expect(m.impostorRowInView).toBe(true);
      expect(m.documentOverflow).toBeLessThanOrEqual(0);
      expect(m.listOverflow).toBeLessThanOrEqual(0);
      expect(m.tabRows).toBe(1);
      expect(m.brokenLabels).toEqual([]);
      expect(m.clippedLabels).toEqual([]);
      expect(m.longNamesChecked).toBeGreaterThan(0);
      expect(m.shortNames).toEqual([]);
      expect(m.flushLeft).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

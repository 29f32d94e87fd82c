/**
 * The screens that open on demand, at Zoom's narrowest panel (320 × 670 px) in English, German and
 * Japanese, measured in Chromium as `scripts/screens.ts` shoots them: the screen-sharing alert,
 * "Check this meeting" at its rename request, the opening message's editor, the "Forget…"
 * confirmation and a row's menu in Zoom's web client. On each, nothing scrolls sideways and no
 * button's label is cut or broken mid-word (the unlocked toolbar's German labels once were cut at
 * both ends, and the open tab read "Check this mee…"); the alert shows the sharer's whole name (it
 * was lost to an ellipsis); the notices under the header sit on the header's inset, not on the
 * panel's edge; a roster badge that gives way leaves no strip of its border behind, while an
 * in-meeting row's match state keeps at least its mark ("✓", the words its text); Forget's
 * paragraphs are spaced and, in both themes, its backdrop dims the page below body-text contrast; and the web
 * client's menu, which offers nothing, says so instead of "some actions are not available".
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRoll, label, sizePanel } from '../helpers/panel-scene';
import type { SceneLanguage } from '../helpers/panel-scene';
import { launchChromium, openEmulator } from './harness';
import type { EmulatorSession } from './harness';
import { labelFit } from './label-fit';

const WIDTH = 320;
const HEIGHT = 670;
const GUEST = 'Bartholomew Featherstonehaugh-Cholmondeley';
const ROLL = 'name\nAnn Lee\nBob Kay\n';

async function open(
  browser: Browser,
  language: SceneLanguage,
  query: string,
): Promise<EmulatorSession> {
  const s = await openEmulator({ query, width: WIDTH, locale: language, browser });
  await sizePanel(s.page, WIDTH, HEIGHT);
  await s.panel.waitForSelector('[role="tablist"]', { timeout: 20_000 });
  return s;
}

/** Whether the screen fits, with the screen's name on each finding. */
async function expectFits(panel: Frame, screen: string): Promise<void> {
  const fit = await labelFit(panel);
  expect({ screen, ...fit }).toEqual({
    screen,
    documentOverflow: expect.any(Number),
    listOverflow: expect.any(Number),
    brokenLabels: [],
    clippedLabels: [],
  });
  expect(fit.documentOverflow, screen).toBeLessThanOrEqual(0);
  expect(fit.listOverflow, screen).toBeLessThanOrEqual(0);
}

/** Left edge of the header's line and of each notice under it, by class. */
function headerInsets(panel: Frame): Promise<Record<string, number>> {
  return panel.evaluate(() => {
    const insets: Record<string, number> = {};
    const notices =
      '.app-header__topic, .share-alert__row, .impostor-alert__button, .lock-banner, .recording-status, .recording-banner, .consent-offer, .meeting-limits, .storage-banner';
    for (const el of document.querySelectorAll(`.app-header :is(${notices})`)) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0) insets[el.classList[0] ?? el.tagName] = Math.round(rect.left);
    }
    return insets;
  });
}

/** Badges a roster row shows in part: a wrapped (clipped) line peeking into the row's badge box. */
function peekingBadges(panel: Frame): Promise<string[]> {
  return panel.evaluate(() => {
    const peeking: string[] = [];
    for (const box of document.querySelectorAll('.participant-row__badges')) {
      const { top, bottom } = box.getBoundingClientRect();
      for (const badge of box.querySelectorAll('.badge, button')) {
        const rect = badge.getBoundingClientRect();
        if (
          rect.height > 0 &&
          rect.top < bottom - 0.5 &&
          rect.bottom > bottom + 0.5 &&
          rect.top > top
        )
          peeking.push(badge.textContent ?? '');
      }
    }
    return peeking;
  });
}

/**
 * In-meeting rows whose match state is out of sight: no confidence mark inside the row's badge box
 * (no group heading repeats it there), or a mark whose text for screen readers is not the label.
 */
function hiddenMatchStates(panel: Frame, labels: string[]): Promise<string[]> {
  return panel.evaluate((labels) => {
    const hidden: string[] = [];
    for (const row of document.querySelectorAll(
      '.roster-section--meeting [data-testid="participant-row"]',
    )) {
      if (!row.querySelector('[data-testid="row-match"]')) continue;
      const name = row.querySelector('.participant-row__name')?.textContent ?? '';
      const mark = row.querySelector('.row-match__mark');
      if (!mark) {
        hidden.push(name);
        continue;
      }
      const box = row.querySelector('.participant-row__badges')!.getBoundingClientRect();
      const rect = mark.getBoundingClientRect();
      const inView =
        rect.width >= 12 && rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
      // What a screen reader reads: the text not hidden from it.
      const label = [...mark.childNodes]
        .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden')))
        .map((node) => node.textContent)
        .join('');
      if (!inView || !labels.includes(label)) hidden.push(name);
    }
    return hidden;
  }, labels);
}

type Rgb = [number, number, number];
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG contrast ratio of two opaque colours. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * An open dialog as painted: the space between its body's paragraphs, and the page's text and
 * background as seen through the backdrop (black at the backdrop's alpha over them) beside the
 * dialog's own text on its surface.
 */
async function dialogLook(panel: Frame) {
  const painted = await panel.evaluate(() => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const paragraphs = [...document.querySelectorAll('.modal__body > p')].map((p) =>
      p.getBoundingClientRect(),
    );
    const gaps = paragraphs.slice(1).map((rect, i) => rect.top - paragraphs[i]!.bottom);
    const box = document.querySelector('.modal__box')!;
    const root = getComputedStyle(document.body);
    return {
      gaps,
      backdrop: rgba(getComputedStyle(document.querySelector('.modal')!).backgroundColor),
      pageText: rgba(root.color),
      pageBg: rgba(root.backgroundColor),
      boxText: rgba(getComputedStyle(box).color),
      boxBg: rgba(getComputedStyle(box).backgroundColor),
    };
  });
  const alpha = painted.backdrop[3] ?? 1;
  const dim = (c: number[]) => c.slice(0, 3).map((v) => v * (1 - alpha)) as Rgb;
  return {
    gaps: painted.gaps,
    pageThroughBackdrop: contrast(dim(painted.pageText), dim(painted.pageBg)),
    dialog: contrast(painted.boxText.slice(0, 3) as Rgb, painted.boxBg.slice(0, 3) as Rgb),
  };
}

describe('the on-demand screens at 320 px', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<SceneLanguage>(['en', 'de', 'ja'])(
    '%s: the share alert, the checklist, the opening message and Forget fit',
    async (language) => {
      const s = await open(browser, language, 'scenario=empty&seed=41');
      const { panel, emu } = s;
      try {
        await dropRoll(panel, language, ROLL);
        await emu.join({ screenName: 'Ann Lee', waitingRoom: false });
        await emu.join({ screenName: 'jane.doe@example.org', waitingRoom: false });
        const guest = await emu.join({ screenName: GUEST, waitingRoom: false });
        await emu.shareScreen(guest, true);
        const alert = panel.getByTestId('share-alert');
        await alert.waitFor({ timeout: 10_000 });
        // The whole sentence, the name at its end included, is on screen (not behind an ellipsis).
        const text = alert.locator('.share-alert__text');
        expect(await text.innerText()).toContain(GUEST);
        expect(
          await text.evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
          'the alert text is cut',
        ).toBe(true);
        await panel.getByTestId('recording-status').waitFor();
        const insets = await headerInsets(panel);
        expect(Object.keys(insets)).toEqual(
          expect.arrayContaining(['app-header__topic', 'recording-status', 'share-alert__row']),
        );
        for (const [notice, left] of Object.entries(insets))
          expect(left, notice).toBe(insets['app-header__topic']);
        await expectFits(panel, 'share alert');
        // A badge that gives way is gone whole, not a strip of its border under the row's line.
        expect(await peekingBadges(panel)).toEqual([]);
        // Whether someone in the meeting is on the roll stays in sight on every row, if only as a mark.
        const states = ['sure', 'likely', 'none'].map((c) => label(language, `roll.match.${c}`));
        expect(await hiddenMatchStates(panel, states)).toEqual([]);

        await panel
          .getByRole('tab', { name: label(language, 'views.checklist'), exact: true })
          .click();
        const request = panel.getByTestId('rename-request');
        await request.waitFor({ timeout: 10_000 });
        await request.scrollIntoViewIfNeeded();
        await expectFits(panel, 'checklist');

        const opening = panel.getByTestId('opening-message');
        await opening
          .getByRole('button', { name: label(language, 'opening.edit'), exact: true })
          .click();
        await opening.locator('textarea').scrollIntoViewIfNeeded();
        await expectFits(panel, 'opening message editor');

        await panel
          .getByRole('tab', { name: label(language, 'views.attendance'), exact: true })
          .click();
        await panel
          .getByRole('button', {
            name: label(language, 'erasure.buttonLabel').replace('{{name}}', 'Ann Lee'),
          })
          .first()
          .click();
        await panel.getByTestId('forget-question').waitFor({ timeout: 10_000 });
        await expectFits(panel, 'forget dialog');
        // Its paragraphs read as paragraphs, and in both themes the page behind recedes (its text
        // falls below body-text contrast) while the dialog's own text keeps it.
        for (const theme of ['light', 'dark'] as const) {
          await s.page.evaluate((t) => window.zoomEmulator?.setTheme(t), theme);
          await panel.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
          const look = await dialogLook(panel);
          expect(look.gaps.length, theme).toBeGreaterThanOrEqual(2);
          for (const gap of look.gaps)
            expect(gap, `${theme} paragraph gap`).toBeGreaterThanOrEqual(6);
          expect(look.pageThroughBackdrop, `${theme} page`).toBeLessThan(4.5);
          expect(look.dialog, `${theme} dialog`).toBeGreaterThanOrEqual(4.5);
        }
        expect(s.pageErrors).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );

  it.each<SceneLanguage>(['de', 'ja'])(
    '%s: a row’s menu in Zoom’s web client says it can do nothing, and fits',
    async (language) => {
      const s = await open(browser, language, 'scenario=empty&seed=41&profile=web');
      const { panel, emu } = s;
      try {
        await emu.join({ screenName: GUEST, waitingRoom: false });
        await panel
          .getByRole('button', {
            name: label(language, 'actions.moreFor').replace('{{name}}', `\u2068${GUEST}\u2069`),
          })
          .first()
          .click({ timeout: 15_000 });
        const dialog = panel.getByRole('dialog');
        await dialog.waitFor();
        expect(await dialog.innerText()).toContain(label(language, 'actions.noneInThisClient'));
        expect(await dialog.innerText()).not.toContain(label(language, 'actions.notInThisClient'));
        expect(await dialog.getByRole('button').allInnerTexts()).toEqual([
          label(language, 'actions.close'),
        ]);
        await expectFits(panel, 'person menu');
        expect(s.pageErrors).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );
});

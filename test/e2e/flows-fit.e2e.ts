/**
 * The main flows at Zoom's narrowest panel, 320 × 600 px, in English, German, Japanese and
 * Filipino, as `scripts/flow-shots.ts` shoots them: only a likely roll match waiting (the toolbar
 * offered "Admit 0 on the roll"; now it offers the review), a waiting room of every kind (German's
 * impostor heading wrapped in its fixed-height row and showed only "nachgeahmt (1)"), the lock
 * (the headline kept its counts and cut the state to "Gespe…"; its changes are said in the live
 * region), an admit Zoom refuses (the result's line took half the panel and the row's Admit was
 * pushed off its edge) and the host dropped to attendee ("Sperre…": paused or locked?, and an
 * impostor alert about a waiting room the panel no longer sees), then a reload while locked (the
 * impostor was listed under "Not on the roll" until the lock's next look).
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropRoll, label, lockNow, sizePanel } from '../helpers/panel-scene';
import type { SceneLanguage } from '../helpers/panel-scene';
import { launchChromium, openEmulator } from './harness';
import { labelFit } from './label-fit';

const WIDTH = 320;
const HEIGHT = 600;
const ROLL = 'name\nJane Doe\nJohn Smith\nMaría García\nKwame Mensah\nAnn Lee\n';

/** A plural string as i18next picks it (`_one`, `_other`), with its count. */
function plural(lang: SceneLanguage, key: string, count: number): string {
  const form = new Intl.PluralRules(lang).select(count);
  let text: string;
  try {
    text = label(lang, `${key}_${form}`);
  } catch {
    text = label(lang, `${key}_other`);
  }
  return text.replace('{{count}}', String(count));
}

/** Whether the lock's headline shows its first words whole, up to the colon that ends the state. */
function headlineStateShown(panel: Frame): Promise<{ text: string; shown: boolean }> {
  return panel.getByTestId('lock-headline').evaluate((title) => {
    const state = title.querySelector('.lock-banner__state');
    const text = state?.textContent ?? '';
    const box = state?.getBoundingClientRect();
    const line = title.getBoundingClientRect();
    return {
      text,
      shown:
        /[:：]$/.test(text) &&
        box !== undefined &&
        box.width > 0 &&
        box.right <= line.right + 0.5 &&
        state!.scrollWidth <= state!.clientWidth + 0.5,
    };
  });
}

/** Visible buttons with nothing for a screen reader to say (an icon and no label). */
function unnamedButtons(panel: Frame): Promise<string[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, [role="button"], [role="tab"]')]
      .filter((b) => b.getBoundingClientRect().width > 0)
      .filter((b) => {
        const labelledBy = b.getAttribute('aria-labelledby');
        const named =
          (b.getAttribute('aria-label') ?? '').trim() ||
          (labelledBy ? document.getElementById(labelledBy)?.textContent?.trim() : '') ||
          (b.textContent ?? '').trim() ||
          (b.getAttribute('title') ?? '').trim();
        return !named;
      })
      .map((b) => b.outerHTML.slice(0, 120)),
  );
}

async function expectFits(panel: Frame, screen: string): Promise<void> {
  const fit = await labelFit(panel);
  expect({ screen, broken: fit.brokenLabels, clipped: fit.clippedLabels }).toEqual({
    screen,
    broken: [],
    clipped: [],
  });
  expect(fit.documentOverflow, screen).toBeLessThanOrEqual(0);
  expect(fit.listOverflow, screen).toBeLessThanOrEqual(0);
}

describe('the main flows at 320 × 600', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<SceneLanguage>(['en', 'de', 'ja', 'fil'])(
    'tells the truth and fits in %s',
    { timeout: 120_000 },
    async (lang) => {
      const s = await openEmulator({
        query: 'scenario=empty&seed=61',
        width: WIDTH,
        locale: lang,
        browser,
      });
      try {
        const { panel, emu } = s;
        await sizePanel(s.page, WIDTH, HEIGHT);
        await panel.waitForSelector('[role="tablist"]', { timeout: 20_000 });
        await dropRoll(panel, lang, ROLL);
        await emu.join({ screenName: 'Ann Lee' });
        await emu.join({ screenName: 'Jane Doe' });
        await emu.setWaitingRoom(true);

        // Only a likely match waits: the button says it opens a review, not an admit of nobody.
        await emu.join({ screenName: 'Kwame Mensa' });
        const review = panel.getByRole('button', {
          name: plural(lang, 'actions.bulk.reviewLikely', 1),
          exact: true,
        });
        await review.waitFor({ timeout: 15_000 });
        expect(await review.getAttribute('aria-haspopup')).toBe('dialog');
        await expect
          .poll(() =>
            panel
              .getByRole('button', { name: plural(lang, 'actions.bulk.admitRoll', 0), exact: true })
              .count(),
          )
          .toBe(0);
        await expectFits(panel, `${lang}: only a likely match`);
        // A screen reader hears the arrival, and the review works from the keyboard: Enter opens
        // the picker with the focus in it, Escape closes it and gives the focus back.
        await expect
          .poll(() => panel.getByTestId('live-announcer').textContent())
          .toContain(plural(lang, 'announce.waitingArrivals', 1));
        await review.focus();
        await s.page.keyboard.press('Enter');
        const picker = panel.getByRole('dialog', {
          name: plural(lang, 'actions.bulk.reviewLikely', 1),
        });
        await picker.waitFor({ timeout: 10_000 });
        await expect
          .poll(() => picker.evaluate((el) => el.contains(document.activeElement)))
          .toBe(true);
        await expectFits(panel, `${lang}: the review's picker`);
        // Each person is a checkbox line, with no list bullet in front of the box.
        expect(
          await picker
            .locator('li')
            .first()
            .evaluate((li) => getComputedStyle(li).listStyleType),
        ).toBe('none');
        await s.page.keyboard.press('Escape');
        await picker.waitFor({ state: 'detached', timeout: 5_000 });
        await expect.poll(() => review.evaluate((el) => el === document.activeElement)).toBe(true);

        // Every kind of person waits: each group heading is whole on its one line.
        const john = await emu.join({ screenName: 'John Smith' });
        await emu.join({ screenName: 'J\u0430ne Doe' });
        await emu.join({ screenName: 'Zed Stranger' });
        await panel.waitForFunction(
          () => document.querySelectorAll('.waiting-group').length >= 4,
          undefined,
          { timeout: 15_000 },
        );
        const cutHeadings = await panel.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.waiting-group')]
            .filter((h) => h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1)
            .map((h) => h.textContent),
        );
        expect(cutHeadings).toEqual([]);
        await expectFits(panel, `${lang}: the waiting room`);

        // Locked: the headline names the state however little room the line has; it is said.
        await lockNow(panel, lang);
        // Lock now goes with the lock: the focus moves to the lock line's ⓘ, not to the page.
        await expect
          .poll(() => panel.evaluate(() => document.activeElement?.className ?? ''))
          .toContain('lock-banner__info');
        expect(await headlineStateShown(panel)).toMatchObject({ shown: true });
        await expect
          .poll(() => panel.getByTestId('live-announcer').textContent())
          .toContain(label(lang, 'lock.banner.locked'));
        await expectFits(panel, `${lang}: locked`);
        expect(await unnamedButtons(panel)).toEqual([]);

        // Zoom refuses an admit: the result is one short line, the row keeps Admit and ⋯ on screen.
        await emu.failNext('admitParticipantFromWaitingRoom', 80012);
        const row = panel.locator(`[data-testid="participant-row"][data-uuid="${john}"]`);
        await row
          .getByRole('button', {
            name: label(lang, 'actions.admitName').replace('{{name}}', '\u2068John Smith\u2069'),
          })
          .click();
        await row.locator('.row-actions__failed').waitFor({ timeout: 15_000 });
        const box = await panel.locator('.action-summary').boundingBox();
        expect(box?.height ?? Infinity).toBeLessThan(70);
        const outside = await row.evaluate((el) => {
          const right = el.getBoundingClientRect().right;
          return [...el.querySelectorAll('.row-actions > button')]
            .filter((b) => b.getBoundingClientRect().right > right + 0.5)
            .map((b) => b.getAttribute('aria-label'));
        });
        expect(outside).toEqual([]);
        await expectFits(panel, `${lang}: a refused admit`);
        expect(await unnamedButtons(panel)).toEqual([]);

        // Dropped to attendee: the headline still says the lock is paused, not merely "Sperre…".
        await emu.setMyRole('attendee');
        await expect
          .poll(() => panel.getByTestId('lock-headline').textContent(), { timeout: 15_000 })
          .toBe(label(lang, 'lock.banner.paused'));
        expect(await headlineStateShown(panel)).toMatchObject({ shown: true });
        // Nor does it claim an impostor is waiting: it no longer sees the waiting room.
        expect(await panel.getByTestId('impostor-alert').count()).toBe(0);

        // Host again, then a reload while locked: from the first grouped paint on, the impostor
        // heads the waiting room (the lock's first look after the reload saw no matches yet).
        await emu.setMyRole('host');
        await panel.getByTestId('impostor-alert').waitFor({ timeout: 15_000 });
        await emu.reloadPanel();
        const firstGroup = await panel.waitForFunction(
          () => document.querySelector('.waiting-group')?.getAttribute('data-group') ?? false,
          undefined,
          { polling: 'raf', timeout: 20_000 },
        );
        expect(await firstGroup.jsonValue()).toBe('impostor');
        await panel.getByTestId('lock-banner').waitFor({ timeout: 15_000 });
        expect(s.pageErrors).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );
});

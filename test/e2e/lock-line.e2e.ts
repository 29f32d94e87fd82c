/**
 * The lock's one line, as painted, at Zoom's panel widths (320 and 380 px) in all seven languages:
 * locked (first reading and read), roll only, a breach and paused. The words up to the colon that
 * name the state are drawn whole; the rest of the headline is drawn with its first words whole or
 * not at all. At 320 px Spanish read "Bloqueada: n…" and French "Verrouillé : p": one letter of a
 * sentence, cut by its box. The counts after it are each drawn whole or not at all: in roll-only
 * mode French read "0 p…" and Filipino "0 ta…".
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineLead } from '../../src/features/lock/headline-lead';
import { label, lockNow, sizePanel } from '../helpers/panel-scene';
import type { SceneLanguage } from '../helpers/panel-scene';
import { launchChromium, openEmulator } from './harness';

const SIZES = [
  [320, 600],
  [380, 670],
] as const;

interface Painted {
  /** The headline's text, as screen readers get it. */
  text: string;
  /** The state's words, and whether every one of their letters is drawn whole. */
  state: string;
  stateWhole: boolean;
  /** The rest's letters that are drawn (the first one even when cut: text-overflow's rule). */
  rest: string;
  /** Letters drawn but cut by a box that clips them. */
  cut: string;
  /** The counts after the headline: all their text, what is drawn of it, and letters cut. */
  counts: { text: string; drawn: string; cut: string };
}

/**
 * What the lock line draws of its headline: each letter's box against every box around it that
 * clips (overflow other than visible), up to the banner; under an ellipsis, the letters it covers
 * are not drawn, except the line's first, which CSS clips instead.
 */
function painted(panel: Frame): Promise<Painted> {
  return panel.getByTestId('lock-headline').evaluate((title) => {
    const banner = title.closest('[data-testid="lock-banner"]')!;
    const clipOf = (node: Node) => {
      let box = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
      for (let el = node.parentElement; el && el !== banner; el = el.parentElement) {
        if (getComputedStyle(el).overflow === 'visible') continue;
        const r = el.getBoundingClientRect();
        box = {
          left: Math.max(box.left, r.left),
          right: Math.min(box.right, r.right),
          top: Math.max(box.top, r.top),
          bottom: Math.min(box.bottom, r.bottom),
        };
      }
      return box;
    };
    const read = (root: Element | null) => {
      let drawn = '';
      let cut = '';
      if (!root) return { drawn, cut };
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        const clip = clipOf(node);
        const style = getComputedStyle(parent);
        let ellipsisAt = Infinity;
        if (style.textOverflow === 'ellipsis' && parent.scrollWidth > parent.clientWidth + 0.5) {
          const probe = document.createElement('span');
          probe.textContent = '…';
          parent.append(probe);
          ellipsisAt = parent.getBoundingClientRect().right - probe.getBoundingClientRect().width;
          probe.remove();
        }
        const value = node.textContent ?? '';
        let first = true;
        for (const { index, segment } of new Intl.Segmenter().segment(value)) {
          if (!segment.trim() || /^[\u2066-\u2069]+$/.test(segment)) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const r = range.getBoundingClientRect();
          const overlaps =
            r.width > 0 &&
            r.right > clip.left + 0.5 &&
            r.left < clip.right - 0.5 &&
            r.bottom > clip.top + 0.5 &&
            r.top < clip.bottom - 0.5;
          const inside =
            r.left >= clip.left - 0.5 &&
            r.right <= clip.right + 0.5 &&
            r.top >= clip.top - 0.5 &&
            r.bottom <= clip.bottom + 0.5;
          const covered = !first && r.right > ellipsisAt + 0.5;
          if (overlaps) first = false;
          if (!overlaps || covered) continue;
          drawn += segment;
          if (!inside) cut += segment;
        }
      }
      return { drawn, cut };
    };
    const counts = banner.querySelector('.lock-banner__counts');
    const countsRead = read(counts);
    const state = title.querySelector('.lock-banner__state');
    const stateRead = read(state);
    const restRead = read(title.querySelector('.lock-banner__rest'));
    return {
      text: title.textContent ?? '',
      state: state?.textContent ?? '',
      stateWhole:
        stateRead.cut === '' && stateRead.drawn === (state?.textContent ?? '').replace(/\s/g, ''),
      rest: restRead.drawn,
      cut: restRead.cut,
      counts: { text: counts?.textContent ?? '', ...countsRead },
    };
  });
}

const bare = (text: string) => text.replace(/[\s\u2066-\u2069]/g, '');

describe('the lock line draws its state whole, and the rest with its first words or not at all', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<SceneLanguage>(['en', 'fil', 'fr', 'de', 'id', 'ja', 'es'])(
    'in %s at 320 and 380 px',
    { timeout: 120_000 },
    async (lang) => {
      const s = await openEmulator({
        query: 'scenario=empty&seed=83',
        width: 320,
        locale: lang,
        browser,
      });
      const seen: string[] = [];
      try {
        const { panel, emu } = s;
        await panel.waitForSelector('[role="tablist"]', { timeout: 20_000 });
        const check = async (what: string, expected: string | RegExp) => {
          for (const [width, height] of SIZES) {
            await sizePanel(s.page, width, height);
            await expect
              .poll(() => panel.getByTestId('lock-headline').textContent(), { timeout: 15_000 })
              .toMatch(expected);
            // The panel settles at its new width (a resize observer, then a paint).
            await panel.waitForTimeout(200);
            const p = await painted(panel);
            const lead = headlineLead(p.text.slice(p.state.length), lang);
            seen.push(
              `${lang} ${width}px ${what}: "${p.state}" + "${p.rest}" | "${p.counts.drawn}"`,
            );
            expect({ what, width, state: p.state, whole: p.stateWhole }).toEqual({
              what,
              width,
              state: p.state,
              whole: true,
            });
            expect(p.state).toMatch(/[:：]$/);
            expect({ what, width, cut: p.cut }).toEqual({ what, width, cut: '' });
            if (p.rest !== '')
              expect({ what, width, startsWithLead: bare(p.rest).startsWith(bare(lead)) }).toEqual({
                what,
                width,
                startsWithLead: true,
              });
            // The counts: nothing cut; each count whole or not at all ("0 p…" said nothing).
            if (p.counts.text !== '') {
              const [held = '', back] = p.counts.text.split(' · ');
              const drawn = bare(p.counts.drawn);
              const whole = ['', bare(held)];
              if (back !== undefined) whole.push(bare(`${held}·${back}`));
              expect({ what, width, cut: p.counts.cut }).toEqual({ what, width, cut: '' });
              expect({ what, width, whole: whole.includes(drawn), drawn }).toEqual({
                what,
                width,
                whole: true,
                drawn,
              });
            }
          }
          await sizePanel(s.page, 320, 600);
          // The line measures its rest again on resize (a ResizeObserver, then a reflow): let that
          // settle before the next click, or it may land while the banner moves.
          await panel.evaluate(
            () =>
              new Promise<void>((done) =>
                requestAnimationFrame(() => requestAnimationFrame(() => done())),
              ),
          );
        };

        await lockNow(panel, lang);
        await check('locked, first reading', label(lang, 'lock.banner.locked'));
        const rollOnly = panel.getByRole('checkbox', {
          name: label(lang, 'lock.rollOnly'),
          exact: true,
        });
        await rollOnly.check();
        await check('roll only', label(lang, 'lock.banner.lockedRollOnly'));
        await rollOnly.uncheck();
        await panel
          .getByRole('button', { name: label(lang, 'lock.banner.gotIt'), exact: true })
          .click();
        await check('locked, read', label(lang, 'lock.banner.locked'));

        // Someone walks past the waiting room; the lock puts them back: two counts on the line.
        await emu.join({ screenName: 'Walk In', waitingRoom: false });
        await expect
          .poll(() => panel.locator('.lock-banner__counts').textContent(), { timeout: 15_000 })
          .toContain(' · ');
        await check('locked, one put back', label(lang, 'lock.banner.locked'));

        // Zoom refuses the put-back of someone who walked past the waiting room: a breach.
        await emu.failNext('putParticipantToWaitingRoom', 80012);
        await emu.join({ screenName: 'Gate Crasher', waitingRoom: false });
        const breachState = label(lang, 'lock.banner.breach').split(/[:：]/)[0]!;
        await check('breach', new RegExp(`^${breachState}[:：].*Gate Crasher`));

        await emu.setMyRole('attendee');
        await check('paused', label(lang, 'lock.banner.paused'));
        expect(s.pageErrors).toEqual([]);
      } finally {
        console.log(seen.join('\n'));
        await s.close();
      }
    },
  );
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium, openEmulator, openMore, pasteRoll, waitForHeading } from './harness';
import type { EmulatorSession } from './harness';

/**
 * axe-core in the panel frame, on every screen, in both themes, at Zoom's side-panel width and
 * expanded: zero violations of WCAG 2.2 A/AA and axe's best practices. Also: every control reached
 * by Tab shows a visible focus indicator, and Escape closes every dialog.
 */

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ROLL = ['Jane Doe', 'John Smith', 'María García', 'Budi Santoso', 'Aiko Tanaka'];

interface Violation {
  screen: string;
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function axe(panel: Frame, screen: string): Promise<Violation[]> {
  const injected = await panel.evaluate(() => 'axe' in window);
  if (!injected) await panel.addScriptTag({ content: AXE_SOURCE });
  const found = await panel.evaluate(async (tags) => {
    const run = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe.run;
    const result = await run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes
        .slice(0, 5)
        .map(
          (n) => JSON.stringify(n.target) + ' ' + (n as { failureSummary?: string }).failureSummary,
        ),
    }));
  }, TAGS);
  return found.map((v) => ({ screen, ...v }));
}

/**
 * A meeting with something on every screen: people in and waiting, a roll, an impostor, an e-mail
 * name (who shares their screen, so the sharing alert is in the header on every tab).
 */
async function populate(s: EmulatorSession): Promise<void> {
  await waitForHeading(s.panel, 'In meeting (1)');
  await pasteRoll(s.panel, ROLL);
  await s.emu.join({ screenName: 'Jane Doe' });
  const bob = await s.emu.join({ screenName: 'bob@example.org' });
  await s.emu.shareScreen(bob, true);
  await s.emu.join({ screenName: 'Carl Cohost', role: 'coHost' });
  await s.emu.setWaitingRoom(true);
  await s.emu.join({ screenName: 'John Smith' });
  await s.emu.join({ screenName: 'J\u0430ne Doe' });
  await s.emu.join({ screenName: 'Zed Stranger' });
  await waitForHeading(s.panel, 'Waiting room (3)');
  await s.panel.getByTestId('share-alert').waitFor();
}

/** The tabs' names (their titles: a narrow tab bar shows only the chosen tab's label). */
async function tabNames(panel: Frame): Promise<string[]> {
  return panel
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('title') ?? ''));
}

function tabNamed(panel: Frame, name: string) {
  return panel.locator(`[role="tab"][title="${name}"]`);
}

describe('accessibility of every screen (axe-core)', () => {
  let browser: Browser;
  let s: EmulatorSession;
  const violations: Violation[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    s = await openEmulator({ query: 'scenario=empty&seed=51', browser });
    await populate(s);
  });
  afterAll(async () => {
    await s?.close();
    await browser?.close();
  });

  it('catches a violation planted in the panel (the check itself works)', async () => {
    await s.panel.evaluate(() => {
      const planted = document.createElement('button');
      planted.id = 'planted';
      planted.style.color = '#777';
      planted.style.background = '#888';
      planted.textContent = 'Planted';
      planted.style.cssText += 'position: fixed; top: 0; left: 0; z-index: 9999; font-size: 14px;';
      document
        .querySelector('main')
        ?.append(planted, Object.assign(document.createElement('img'), { id: 'planted-img' }));
    });
    const found = await axe(s.panel, 'planted');
    await s.panel.evaluate(() => {
      document.getElementById('planted')?.remove();
      document.getElementById('planted-img')?.remove();
    });
    expect(found.map((v) => v.rule).sort()).toEqual(['color-contrast', 'image-alt']);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [360, 760]) {
      it(`has no violations on any tab, ${theme} theme, ${width} px`, async () => {
        await s.emu.setTheme(theme);
        await s.emu.setPanelWidth(width);
        await s.panel.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        const found: Violation[] = [];
        for (const name of await tabNames(s.panel)) {
          await tabNamed(s.panel, name).click();
          await s.panel.getByRole('tabpanel').waitFor();
          found.push(...(await axe(s.panel, `${name} (${theme}, ${width} px)`)));
        }
        violations.push(...found);
        expect(found).toEqual([]);
      });
    }
  }

  it.each(['light', 'dark'] as const)(
    'has no violations in any dialog, which takes focus, closes on Escape and gives focus back, %s theme',
    async (theme) => {
      await s.emu.setTheme(theme);
      await s.emu.setPanelWidth(360);
      const found: Violation[] = [];
      const problems: string[] = [];
      const tab = (name: string) => tabNamed(s.panel, name).click();
      const button = (name: string | RegExp) =>
        s.panel.getByRole('button', { name }).first().click();
      const dialogs: {
        open: () => Promise<void>;
        name: RegExp;
        role?: 'alertdialog';
        /** Where the focus should come back to: the button that opened it, or the More panel's. */
        opener?: RegExp;
      }[] = [
        {
          open: async () => {
            await openMore(s.panel);
            await button('Auto-lock…');
          },
          name: /Auto-lock/,
          // The More panel closes with a dialog opened from it: the focus goes back to More.
          opener: /^More$/,
        },
        {
          open: async () => {
            await openMore(s.panel);
            await button('More bulk actions…');
          },
          name: /Bulk actions/,
          opener: /^More$/,
        },
        {
          open: () => button(/More actions for .*Zed Stranger/),
          name: /Zed Stranger/,
          opener: /More actions for .*Zed Stranger/,
        },
        {
          open: () => button(/Roll match for .*Zed Stranger/),
          name: /This is/,
          opener: /Roll match for .*Zed Stranger/,
        },
        {
          open: async () => {
            // While people wait the meeting is folded to its heading.
            const show = s.panel.getByRole('button', { name: 'Show', exact: true });
            if ((await show.count()) > 0) await show.click();
            await button(/More actions for .*bob@example/);
            await button('Rename…');
          },
          name: /Rename/,
        },
        {
          open: async () => {
            await button(/More actions for .*Zed Stranger/);
            await button('Remove…');
          },
          name: /Remove .*Zed Stranger/,
          role: 'alertdialog',
        },
        {
          open: async () => {
            await openMore(s.panel);
            await button('More bulk actions…');
            await button(/Rename everyone to privacy names/);
          },
          name: /Rename everyone to privacy names/,
          role: 'alertdialog',
        },
        {
          open: async () => {
            await openMore(s.panel);
            await button('More bulk actions…');
            await button(/Send unknown people to the waiting room/);
          },
          name: /Send unknown people to the waiting room/,
          role: 'alertdialog',
        },
        {
          open: async () => {
            await tab('Roll');
            await button('Replace');
          },
          name: /Import roll/,
          opener: /^Replace$/,
        },
      ];
      for (const dialog of dialogs) {
        await tab('Roster');
        await dialog.open();
        const box = s.panel.getByRole(dialog.role ?? 'dialog', { name: dialog.name });
        await box.waitFor();
        const label = `${String(dialog.name)} (${theme})`;
        if (!(await box.evaluate((el) => el.contains(document.activeElement))))
          problems.push(`${label}: focus is not in the dialog`);
        found.push(...(await axe(s.panel, `dialog ${label}`)));
        await s.page.keyboard.press('Escape');
        await box.waitFor({ state: 'detached', timeout: 2_000 }).catch(() => {
          problems.push(`${label}: Escape did not close it`);
        });
        // A dialog opened from another dialog: Escape closes that one too.
        for (let i = 0; i < 3; i++) {
          if ((await s.panel.locator('[role="dialog"], [role="alertdialog"]').count()) === 0) break;
          await s.page.keyboard.press('Escape');
        }
        if (dialog.opener) {
          const back = await s.panel.evaluate(() => {
            const el = document.activeElement;
            return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
          });
          if (!dialog.opener.test(back)) problems.push(`${label}: focus went to "${back}"`);
        }
      }
      violations.push(...found);
      expect(problems).toEqual([]);
      expect(found).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)(
    'has no violations on the attendee and error screens, %s theme',
    async (theme) => {
      await s.emu.setTheme(theme);
      const found: Violation[] = [];
      await s.emu.setMyRole('attendee');
      await waitForHeading(s.panel, 'Only the host and co-hosts can use Doorkeeper');
      found.push(...(await axe(s.panel, `attendee (${theme})`)));
      await s.emu.setMyRole('host');
      await s.panel.getByRole('tab').first().waitFor();
      // A failing first call: the error screen with Retry.
      await s.emu.failNext('getUserContext', 10_001);
      await s.emu.reloadPanel();
      await waitForHeading(s.panel, 'Doorkeeper could not reach Zoom');
      found.push(...(await axe(s.panel, `error (${theme})`)));
      await s.panel.getByRole('button', { name: 'Retry' }).click();
      await s.panel.getByRole('tab').first().waitFor();
      violations.push(...found);
      expect(found).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)(
    'has no violations on the page shown outside Zoom, %s theme',
    async (theme) => {
      const page = await browser.newPage({
        colorScheme: theme,
        viewport: { width: 360, height: 640 },
      });
      try {
        await page.goto(`${s.baseUrl}/index.html`);
        await waitForHeading(page.mainFrame(), 'Doorkeeper runs inside Zoom', 15_000);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const found = await axe(page.mainFrame(), `outside Zoom (${theme})`);
        violations.push(...found);
        expect(found).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.each([
    ['ja-JP', 'ja', 'ミーティング中（1）'],
    ['fr-CA', 'fr', 'Dans la réunion (1)'],
  ])(
    'speaks the browser’s language (%s) from the first paint, with no violations',
    async (locale, lang, heading) => {
      const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${s.baseUrl}/emulator.html?scenario=empty&seed=52`);
        const frame = await (await page.waitForSelector('iframe.zoom-panel__frame')).contentFrame();
        if (!frame) throw new Error('the panel iframe has no frame');
        await waitForHeading(frame, heading, 15_000);
        expect(await frame.evaluate(() => document.documentElement.lang)).toBe(lang);
        const found = await axe(frame, `roster in ${locale}`);
        violations.push(...found);
        expect(found).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each([320, 400])('fits %i px: nothing wider than the panel on any tab', async (width) => {
    await s.emu.setPanelWidth(width);
    await s.panel.waitForFunction((w) => window.innerWidth === w, width);
    const overflowing: string[] = [];
    for (const name of await tabNames(s.panel)) {
      await tabNamed(s.panel, name).click();
      const wide = await s.panel.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return (
          [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && (box.right > limit + 1 || box.left < -1);
            })
            // Nothing painted (the tab bar's hidden measuring copy) takes no room on screen.
            .filter((el) => getComputedStyle(el).visibility !== 'hidden')
            // Hidden text for screen readers is clipped to nothing, whatever its box.
            .filter((el) => {
              for (let node: Element | null = el; node; node = node.parentElement) {
                if (getComputedStyle(node).clipPath !== 'none') return false;
              }
              return true;
            })
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
        );
      });
      overflowing.push(...wide.map((el) => `${name}: ${el}`));
    }
    expect(overflowing).toEqual([]);
  });

  it('shows where the keyboard is, on every control Tab reaches', async () => {
    await s.emu.setTheme('light');
    const missing: string[] = [];
    for (const name of await tabNames(s.panel)) {
      await tabNamed(s.panel, name).click();
      await tabNamed(s.panel, name).focus();
      for (let i = 0; i < 40; i++) {
        await s.page.keyboard.press('Tab');
        const focus = await s.panel.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) ||
            style.boxShadow !== 'none';
          const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
          return { visible, label };
        });
        if (!focus) break;
        if (!focus.visible) missing.push(`${name}: ${focus.label}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('reports what it found', () => {
    // One readable list for the whole run (each test above already failed on its own).
    if (violations.length > 0) console.log(JSON.stringify(violations, null, 1));
    expect(violations.length).toBe(0);
  });
});

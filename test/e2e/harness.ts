import { basename } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Frame, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { ZoomEmulator } from '../../src/emulator/types';

/** Flags for headless Chromium on a small CI machine (see /work notes: no sandbox, no GPU, no network chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Each method of T, called in the page over Playwright: same arguments, result as a promise. */
export type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export interface EmulatorSession {
  browser: Browser;
  page: Page;
  /** The panel iframe (the same Frame across panel reloads). */
  panel: Frame;
  /** `window.zoomEmulator` in the page, typed. */
  emu: Remote<ZoomEmulator>;
  baseUrl: string;
  /** Uncaught errors from the emulator page or the panel. */
  pageErrors: string[];
  /** Messages of any alert/confirm/prompt dialog that opened (each is dismissed). */
  dialogs: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Extra emulator query, e.g. 'scenario=empty&seed=3' (no leading '?'). */
  query?: string;
  /** Panel (iframe) width in px; the emulator defaults to Zoom's side panel, 380. */
  width?: number;
  /** Wait until the panel has called config (default true). */
  waitForConfig?: boolean;
  /** Open a page in this browser instead of launching one (close() then closes only the page). */
  browser?: Browser;
  /** The browser's language (navigator.languages) and time zone, e.g. 'de-DE', 'Europe/Berlin'. */
  locale?: string;
  timezoneId?: string;
  /** Where emulator.html is served from instead of the Vite dev server (e.g. a routed Zoom origin). */
  emulatorOrigin?: string;
  /** Runs on the new page before it opens the emulator (routes, permissions). */
  prepare?: (page: Page) => Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/** A typed handle on `window.zoomEmulator` in `page`. */
export function remoteEmulator(page: Page): Remote<ZoomEmulator> {
  return new Proxy({} as Remote<ZoomEmulator>, {
    get(_target, method) {
      if (typeof method !== 'string') return undefined;
      return (...args: unknown[]) =>
        page.evaluate(
          ([name, params]) => {
            const api = window.zoomEmulator as unknown as
              Record<string, (...a: unknown[]) => unknown> | undefined;
            if (!api) throw new Error('window.zoomEmulator is not there');
            const fn = api[name];
            if (typeof fn !== 'function') throw new Error(`zoomEmulator.${name} is not a function`);
            return fn(...params);
          },
          [method, args] as const,
        );
    },
  });
}

/** Opens emulator.html in Chromium (a fresh one unless `browser` is given); handles on the page, panel and emulator. */
export async function openEmulator(options: OpenOptions = {}): Promise<EmulatorSession> {
  const baseUrl = options.emulatorOrigin ?? inject('baseUrl');
  const browser = options.browser ?? (await launchChromium());
  const ownBrowser = !options.browser;
  const closeAll = async (): Promise<void> => {
    if (ownBrowser) await browser.close();
  };
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await options.prepare?.(page);
    const query = [options.query, options.width ? `width=${options.width}` : '']
      .filter(Boolean)
      .join('&');
    await page.goto(`${baseUrl}/emulator.html${query ? `?${query}` : ''}`);
    await page.waitForFunction(() => window.zoomEmulator !== undefined);
    const frameElement = await page.waitForSelector('iframe.zoom-panel__frame');
    const panel = await frameElement.contentFrame();
    if (!panel) throw new Error('the panel iframe has no frame');
    const emu = remoteEmulator(page);
    if (options.waitForConfig ?? true) await emu.whenConfigured(15_000);
    return {
      browser,
      page,
      panel,
      emu,
      baseUrl,
      pageErrors,
      dialogs,
      close: async () => {
        await page.close();
        await closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Collapsed text of every heading in the frame. */
export function headings(frame: Frame): Promise<string[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) =>
      (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
}

/** Waits until the frame shows a heading with exactly this text, e.g. "In meeting (51)". */
export async function waitForHeading(frame: Frame, text: string, timeout = 5_000): Promise<void> {
  try {
    await frame.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].some(
          (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim() === expected,
        ),
      text,
      { timeout, polling: 'raf' },
    );
  } catch (error) {
    throw new Error(
      `no heading "${text}" within ${timeout} ms; headings: ${JSON.stringify(await headings(frame).catch(() => []))}`,
      { cause: error },
    );
  }
}

/** Waits until the frame's body text contains `text`. */
export async function waitForText(frame: Frame, text: string, timeout = 5_000): Promise<void> {
  try {
    await frame.waitForFunction(
      (expected) => (document.body?.innerText ?? '').includes(expected),
      text,
      { timeout },
    );
  } catch (error) {
    const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    throw new Error(
      `no text "${text}" within ${timeout} ms; the frame says: ${body.slice(0, 500)}`,
      { cause: error },
    );
  }
}

/** Opens the toolbar's "More" panel (auto-lock, roll-only, bulk actions, the waiting-room switch). */
export async function openMore(panel: Frame): Promise<void> {
  const more = panel.getByRole('button', { name: 'More', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** Loads the emulator again with another seed (another meeting UUID); returns the new panel frame. */
export async function openMeeting(
  session: EmulatorSession,
  seed: number,
  delivery: 'realistic' | 'instant' = 'realistic',
): Promise<Frame> {
  await session.page.goto(
    `${session.baseUrl}/emulator.html?scenario=empty&seed=${seed}&delivery=${delivery}`,
  );
  await session.page.waitForFunction(() => window.zoomEmulator !== undefined);
  const frame = await (
    await session.page.waitForSelector('iframe.zoom-panel__frame')
  ).contentFrame();
  if (!frame) throw new Error('the panel iframe has no frame');
  await session.emu.whenConfigured(15_000);
  return frame;
}

/** Imports a roll as a host would: "Import roll", paste the names, confirm the preview. */
export async function pasteRoll(panel: Frame, names: readonly string[]): Promise<void> {
  await panel.getByRole('button', { name: 'Import roll' }).first().click();
  const dialog = panel.getByRole('dialog', { name: 'Import roll' });
  await dialog.getByLabel('Or paste names').fill(names.join('\n'));
  await dialog.getByRole('button', { name: 'Use pasted names' }).click();
  const preview = panel.getByRole('dialog', { name: /^Check the roll/u });
  await preview.getByRole('button', { name: 'Confirm' }).click();
  await preview.waitFor({ state: 'detached' });
}

/**
 * Imports a roll file through the panel's file input: "Import roll", or "Replace" in the Roll tab
 * when a roll was kept from before. Waits for the preview to say `expected` before confirming.
 */
export async function importRollFile(panel: Frame, path: string, expected: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Roll' }).click();
  await panel
    .getByRole('button', { name: /^(Import roll|Replace)$/u })
    .first()
    .click();
  const dialog = panel.getByRole('dialog', { name: 'Import roll' });
  await dialog.getByLabel('Roll file').setInputFiles(path);
  const preview = panel.getByRole('dialog', { name: `Check the roll: ${basename(path)}` });
  await preview.getByText(expected).waitFor({ timeout: 10_000 });
  await preview.getByRole('button', { name: 'Confirm' }).click();
  await preview.waitFor({ state: 'detached' });
}

/** The text of a participant's row (collapsed spaces), or null while it is not rendered. */
export function rowText(panel: Frame, uuid: string): Promise<string | null> {
  return panel.evaluate((id) => {
    const row = document.querySelector(
      `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
    );
    return row ? (row.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, uuid);
}

/** Waits until a participant's row shows `text`; the error says what the row shows instead. */
export async function waitForRow(
  panel: Frame,
  uuid: string,
  text: string,
  timeout = 5_000,
): Promise<void> {
  try {
    await panel.waitForFunction(
      ([id, expected]) => {
        const row = document.querySelector(
          `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
        );
        return (row?.textContent ?? '').includes(expected);
      },
      [uuid, text] as const,
      { timeout },
    );
  } catch (error) {
    throw new Error(`row ${uuid} never showed "${text}"; it shows: ${await rowText(panel, uuid)}`, {
      cause: error,
    });
  }
}

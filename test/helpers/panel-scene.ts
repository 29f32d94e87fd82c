/**
 * Puts the panel in the emulator into a scene for layout tests and screenshots, in any language:
 * the rush scenario's forty arrivals, its roll dropped onto the panel as a CSV file (as a host
 * would drop it), and the lock on. Labels are looked up in the catalogs, so a German panel is
 * driven by its German buttons. No vitest here: scripts/screenshots.ts uses it too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { buildScenario, rollToCsv } from '../../src/emulator/scenarios';
import type {} from '../../src/emulator/types';
import { english } from '../../src/i18n/english';

export type SceneLanguage = 'en' | 'de' | 'ja' | 'fr' | 'es' | 'fil' | 'id';

const catalogs = new Map<string, Record<string, unknown>>();

// English is assembled from several files, some splitting a section by key (src/i18n/english.ts);
// every other language is one file.
function readCatalog(lang: string): Record<string, unknown> {
  if (lang === 'en') return english as unknown as Record<string, unknown>;
  const file = resolve(import.meta.dirname, `../../src/i18n/locales/${lang}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The catalog string for `key` ("lock.lockNow") in `language`, falling back to English. */
export function label(language: SceneLanguage, key: string): string {
  const lookup = (lang: string): string | undefined => {
    let catalog = catalogs.get(lang);
    if (!catalog) {
      catalog = readCatalog(lang);
      catalogs.set(lang, catalog);
    }
    let node: unknown = catalog;
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? node : undefined;
  };
  const text = lookup(language) ?? lookup('en');
  if (text === undefined) throw new Error(`no catalog string ${key}`);
  return text;
}

export const RUSH_SEED = 2;

/** The rush scenario's roll, as the CSV its emulator page offers for download. */
export function rushRollCsv(seed = RUSH_SEED): string {
  return rollToCsv(buildScenario('rush', seed).roll);
}

/** Sets the panel iframe to Zoom's side-panel size (width × height in CSS px). */
export async function sizePanel(page: Page, width: number, height: number): Promise<void> {
  await page.evaluate(
    ([w, h]) => {
      window.zoomEmulator?.setPanelWidth(w);
      const frame = document.querySelector<HTMLIFrameElement>('iframe.zoom-panel__frame');
      if (!frame) throw new Error('no panel frame');
      frame.style.height = `${h}px`;
      frame.style.minHeight = `${h}px`;
      frame.style.maxHeight = `${h}px`;
      frame.style.flex = '0 0 auto';
    },
    [width, height] as const,
  );
}

/** Waits until the emulator has `count` people in its waiting room. */
export async function waitForWaiting(page: Page, count: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (window.zoomEmulator?.state().participants ?? []).filter((p) => p.location === 'waitingRoom')
        .length >= n,
    count,
    { timeout },
  );
}

/** Drops the roll onto the panel as a file and confirms the import preview. */
export async function dropRoll(panel: Frame, language: SceneLanguage, csv: string): Promise<void> {
  await panel.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'roll.csv', { type: 'text/csv' }));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, csv);
  const confirm = panel
    .getByRole('dialog')
    .getByRole('button', { name: label(language, 'roll.import.confirm'), exact: true });
  await confirm.click({ timeout: 15_000 });
  await confirm.waitFor({ state: 'detached', timeout: 15_000 });
}

/** Clicks "Lock now" and waits for the lock's line. */
export async function lockNow(panel: Frame, language: SceneLanguage): Promise<void> {
  await panel
    .getByRole('button', { name: label(language, 'lock.lockNow'), exact: true })
    .first()
    .click();
  await panel.getByTestId('lock-banner').waitFor({ timeout: 10_000 });
}

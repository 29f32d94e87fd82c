import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import checklist from '../../src/domain/checklist/en-strings.json';
import rollImport from '../../src/domain/roll/en-strings.json';
import { flattenCatalog, pluralForm } from '../../src/i18n/catalog-check';
import type { Catalog } from '../../src/i18n/catalog-check';
import { SAME_AS_ENGLISH } from '../../src/i18n/catalog-rules';
import de from '../../src/i18n/locales/de.json';
import en from '../../src/i18n/locales/en.json';
import es from '../../src/i18n/locales/es.json';
import fil from '../../src/i18n/locales/fil.json';
import fr from '../../src/i18n/locales/fr.json';
import id from '../../src/i18n/locales/id.json';
import ja from '../../src/i18n/locales/ja.json';
import rosterLater from '../../src/i18n/late/roster-later.en.json';
import views from '../../src/i18n/late/views.en.json';
import { openEmulator } from './harness';

/**
 * The panel in each of its other languages, in Chromium with that browser language, during a join
 * rush: every view is opened and its rendered text (and accessible names, titles and placeholders)
 * is searched for English from the catalog. A string a catalog left in English, or one built in
 * code without the catalog, shows up here; display names are the participants' own and are left
 * out by looking only for catalog English.
 */

// The roster's sections are split by key between en.json and roster-later: flattened apart.
const english = new Map([
  ...flattenCatalog({ ...en, ...checklist, ...rollImport, ...views } as unknown as Catalog),
  ...flattenCatalog(rosterLater as unknown as Catalog),
]);

const languages = [
  { code: 'de', locale: 'de-DE', catalog: de },
  { code: 'fr', locale: 'fr-FR', catalog: fr },
  { code: 'es', locale: 'es-ES', catalog: es },
  { code: 'ja', locale: 'ja-JP', catalog: ja },
  { code: 'id', locale: 'id-ID', catalog: id },
  { code: 'fil', locale: 'fil-PH', catalog: fil },
] as const;

/**
 * English fragments that must not appear: every catalog string cut at its placeholders, pieces of
 * at least two words or eight letters, minus what this language itself also writes (product and
 * Zoom names, "CSV", a key allowed to read as in English).
 */
function englishFragments(code: (typeof languages)[number]['code'], catalog: Catalog): string[] {
  const own = [...flattenCatalog(catalog).values()].join('\n');
  const same = SAME_AS_ENGLISH[code];
  const fragments = new Set<string>();
  for (const [key, text] of english) {
    if (same.has(key) || same.has(pluralForm(key)?.base ?? key)) continue;
    for (const piece of text.split(/\{\{\w+\}\}/u)) {
      const fragment = piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
      const words = fragment.split(/\s+/u).filter((word) => /\p{L}{2,}/u.test(word));
      if (words.length < 2 && fragment.length < 8) continue;
      if (own.includes(fragment)) continue;
      fragments.add(fragment);
    }
  }
  return [...fragments];
}

/** What a person sees or hears in the panel: text, accessible names, titles, placeholders. */
function renderedText(panel: Frame): Promise<string> {
  return panel.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap(
      (element) =>
        ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, ...attributes].join('\n');
  });
}

/**
 * Waits until the chosen view has loaded (lazy views show a spinner while their code and their
 * words arrive, which takes longer on a loaded machine), then a moment for late rows to render.
 */
async function viewShown(panel: Frame): Promise<void> {
  await panel.waitForFunction(
    () => {
      const view = document.querySelector('[role="tabpanel"]');
      // The spinner a lazy view shows meanwhile has no text.
      return (view?.textContent ?? '').trim() !== '';
    },
    undefined,
    { timeout: 15_000 },
  );
  await panel.waitForTimeout(400);
}

describe('no English in a panel shown in another language', () => {
  it('finds English when there is some (the check itself)', async () => {
    const s = await openEmulator({ query: 'scenario=rush&seed=3&speed=20', locale: 'en-US' });
    try {
      await s.panel.getByRole('tab', { name: en.views.checklist, exact: true }).click();
      await viewShown(s.panel);
      const text = await renderedText(s.panel);
      const fragments = englishFragments('de', de as unknown as Catalog);
      expect(fragments.filter((fragment) => text.includes(fragment)).length).toBeGreaterThan(10);
    } finally {
      await s.close();
    }
  });

  it.each(languages)('$code', async ({ code, locale, catalog }) => {
    const fragments = englishFragments(code, catalog as unknown as Catalog);
    const s = await openEmulator({ query: 'scenario=rush&seed=3&speed=20', locale });
    try {
      const views = catalog.views;
      const seen: string[] = [];
      for (const view of [
        views.roster,
        views.checklist,
        views.roll,
        views.attendance,
        views.settings,
      ]) {
        // The roster's tab also says how many wait ("Participants 3 people waiting", issue 12).
        const escaped = view.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
        const name = new RegExp(`^${escaped}(?: |$)`);
        await s.panel.getByRole('tab', { name }).click();
        await viewShown(s.panel);
        seen.push(await renderedText(s.panel));
      }
      // Two dialogs as well: importing a roll, and the auto-lock.
      for (const opener of [catalog.roll.importButton, catalog.lock.autoLock]) {
        // The auto-lock is under "More" since issue 12; its open panel is scanned too.
        const more = s.panel.getByRole('button', { name: catalog.toolbar.more, exact: true });
        if (
          opener === catalog.lock.autoLock &&
          (await more.getAttribute('aria-expanded')) !== 'true'
        )
          await more.click();
        await s.panel.getByRole('button', { name: opener }).first().click();
        await s.panel.getByRole('dialog').first().waitFor();
        seen.push(await renderedText(s.panel));
        await s.panel.locator('body').press('Escape');
        await s.panel.getByRole('dialog').first().waitFor({ state: 'detached' });
      }
      const text = seen.join('\n');
      expect(text.length).toBeGreaterThan(500);
      const leaks = fragments.filter((fragment) => text.includes(fragment));
      expect(leaks).toEqual([]);
      // English built in code, outside the catalog: its small words give it away.
      const words = text.match(/\b(?:the|and|with|from|this|that|was|were|not|are|is)\b/gu) ?? [];
      // German "was" ("what", "Abbrechen, was noch nicht … gesendet wurde" under More) is German.
      const ownWords: Record<string, readonly string[]> = { de: ['was'] };
      expect(words.filter((word) => !(ownWords[code] ?? []).includes(word))).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

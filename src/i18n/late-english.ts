import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import openingMessage from '../domain/chat/en-strings.json';
import checklist from '../domain/checklist/en-strings.json';
import opening from './late/opening.en.json';

/*
 * English sections that only a lazily loaded view shows. They travel in that view's chunk and are
 * added to i18next when it first renders, instead of in the bundled catalog that every panel load
 * pays for before its first paint (test/e2e/bundle-budget.e2e.ts). Other languages load whole.
 */

/**
 * "Check this meeting": the checklist (written beside its pure logic in domain/checklist, which
 * emits the keys, and tested there) and its presets' names.
 */
export const checklistEnglish = checklist;

/** The opening message for participants ("Check this meeting"): its editor and its text. */
export const openingEnglish = { ...opening, ...openingMessage };

export type LateEnglish = typeof checklistEnglish & typeof openingEnglish;

/** The late parts, for the catalog test (complete English, sections never overlapping). */
export const lateEnglishParts = { checklist, opening, openingMessage } as const;

const added = new WeakMap<I18n, WeakSet<object>>();

/** Makes late English sections available before this component's first `t()` reads them. */
export function useLateEnglish(sections: object): void {
  const { i18n } = useTranslation();
  let done = added.get(i18n);
  if (!done) added.set(i18n, (done = new WeakSet()));
  if (done.has(sections)) return;
  // Deep, and never over a key already there: the bundled catalog keeps the last word.
  i18n.addResourceBundle('en', 'translation', sections, true, false);
  done.add(sections);
}

/**
 * Widths the toolbar labels may take, in Latin letters (a wide East Asian character counts two;
 * `displayWidth` in catalog-check.ts). At Zoom's narrowest side panel, 320 px, a toolbar button
 * gets half the row: about 136 px of text at the panel's 13 px font, ~7 px a letter, so 19
 * letters; the countdown's buttons share a row with the mm:ss timer, 10 letters each; the
 * connection badge sits beside the meeting title, 16. A waiting row's Admit button shares the row
 * with the name (at least 18 characters before it is cut), its badge, the link and "⋯": 9, the
 * longest that keeps the 18 characters at 320 px (test/e2e/layout.e2e.ts, in every language).
 * catalogs.test.ts fails on any longer label.
 * The view tabs are not budgeted here: when their labels do not fit, only the chosen tab keeps
 * its label on screen (app/view-tabs.tsx).
 */
export const LENGTH_BUDGETS: Readonly<Record<string, number>> = {
  'lock.lockNow': 19,
  'lock.autoLock': 19,
  'roll.importButton': 19,
  'roll.replace': 19,
  'actions.admit': 9,
  'lock.countdown.extend': 10,
  'lock.countdown.pause': 10,
  'lock.countdown.resume': 10,
  'lock.countdown.cancel': 10,
  'connection.ready': 16,
  'connection.loading': 16,
  'connection.stale': 16,
  'connection.error': 16,
  'connection.attendee': 16,
  'connection.notInZoom': 16,
};

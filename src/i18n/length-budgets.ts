/**
 * Widths the toolbar labels may take, in Latin letters (a wide East Asian character counts two;
 * `displayWidth` in catalog-check.ts). At Zoom's narrowest side panel, 320 px, a toolbar button
 * gets half the row: about 136 px of text at the panel's 13 px font, ~7 px a letter, so 19
 * letters; the countdown's buttons share a row with the mm:ss timer, 10 letters each; the
 * connection badge sits beside the meeting title, 16. catalogs.test.ts fails on any longer label.
 * The view tabs are not budgeted here: they scroll sideways by design.
 */
export const LENGTH_BUDGETS: Readonly<Record<string, number>> = {
  'lock.lockNow': 19,
  'lock.autoLock': 19,
  'roll.importButton': 19,
  'roll.replace': 19,
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

/** Hours and minutes in the panel's language ("18:05", "6:05 PM"). */
export function timeFormatter(language: string): (epochMs: number) => string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' });
  } catch {
    format = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
  }
  return (epochMs) => format.format(epochMs);
}

/** One registrant as Doorkeeper's server returns it (Zoom's fields beyond these never leave it). */
export interface Registrant {
  name: string;
  email: string;
  status: string;
}

/** Zoom's registrants list answer, checked: null unless it is `{ registrants: Registrant[] }`. */
export function parseRegistrants(body: unknown): Registrant[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const list = (body as { registrants?: unknown }).registrants;
  if (!Array.isArray(list)) return null;
  const people: Registrant[] = [];
  for (const raw of list) {
    if (typeof raw !== 'object' || raw === null) return null;
    const { name, email, status } = raw as Record<string, unknown>;
    if (typeof name !== 'string' || typeof email !== 'string' || typeof status !== 'string')
      return null;
    people.push({ name, email, status });
  }
  return people;
}

const cell = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * The registrants as CSV with the headers Zoom's own registration report uses ("Name", "Email",
 * "Approval Status"), so the roll importer's preview reads them like the report a coach uploads.
 */
export function registrantsToCsv(people: readonly Registrant[]): string {
  const rows = [
    ['Name', 'Email', 'Approval Status'],
    ...people.map((p) => [p.name, p.email, p.status]),
  ];
  return rows.map((row) => row.map(cell).join(',')).join('\r\n');
}

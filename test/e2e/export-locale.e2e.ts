import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Download } from 'playwright-core';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../src/domain/export';
import de from '../../src/i18n/locales/de.json';
import ja from '../../src/i18n/locales/ja.json';
import { openEmulator } from './harness';

/**
 * The attendance CSV as a German and a Japanese host get it, in Chromium with that browser
 * language and time zone: read back with papaparse, letting it detect the separator as Excel
 * would, then checked for the region's separator, headers in the UI language, local times with
 * the zone's offset, and the roll's e-mail column. The Excel export is read back too.
 */

const FIXTURES = resolve(import.meta.dirname, '../fixtures/rolls');

const cases = [
  { locale: 'de-DE', timezoneId: 'Europe/Berlin', catalog: de, separator: ';' },
  { locale: 'ja-JP', timezoneId: 'Asia/Tokyo', catalog: ja, separator: ',' },
] as const;

/** The zone's offset now, as the export writes it ("+01:00"). */
function offsetIn(timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(Date.now())
    .find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace(/^GMT/u, '') || '+00:00';
}

describe('the attendance CSV in the host’s language and region', () => {
  it.each(cases)('$locale', async ({ locale, timezoneId, catalog, separator }) => {
    const s = await openEmulator({ query: 'scenario=empty', locale, timezoneId });
    try {
      const { panel, page } = s;
      await panel.getByRole('tab', { name: catalog.views.roll }).click();
      await panel.getByRole('button', { name: catalog.roll.importButton }).first().click();
      const dialog = panel.getByRole('dialog', { name: catalog.roll.import.title });
      await dialog
        .getByLabel(catalog.roll.import.fileLabel)
        .setInputFiles(resolve(FIXTURES, 'utf8-comma.csv'));
      const preview = panel.getByRole('dialog', {
        name: catalog.roll.preview.title.replace('{{name}}', 'utf8-comma.csv'),
      });
      await preview.getByRole('button', { name: catalog.roll.import.confirm }).click();
      await preview.waitFor({ state: 'detached' });

      const zoe = await s.emu.join({ screenName: 'Zoë Müller' });
      expect(zoe).toBeTruthy();
      await panel.getByRole('tab', { name: catalog.views.attendance }).click();
      await panel
        .getByText(catalog.attendance.status.present, { exact: true })
        .first()
        .waitFor({ timeout: 15_000 });

      const [file] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: catalog.exports.csv }).click(),
      ]);
      const text = await readFile((await (file as Download).path())!, 'utf8');
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      // No delimiter given: papaparse guesses it, as Excel's import does.
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.delimiter).toBe(separator);
      const columns = catalog.exports.column;
      expect(parsed.meta.fields?.slice(0, 6)).toEqual([
        columns.section,
        columns.rollId,
        columns.name,
        columns.email,
        columns.group,
        columns.status,
      ]);
      const row = parsed.data.find((r) => r[columns.name] === 'Zoë Müller');
      expect(row?.[columns.email]).toBe('zoe.muller@example.org');
      expect(row?.[columns.group]).toBe('Blue');
      expect(row?.[columns.status]).toBe(catalog.exports.status.present);
      const arrival = row?.[columns.firstArrival] ?? '';
      expect(arrival).toMatch(
        new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\${offsetIn(timezoneId)}$`, 'u'),
      );
      // The local time is the moment the emulator says Zoë joined, within the minute.
      expect(Math.abs(Date.parse(arrival) - Date.now())).toBeLessThan(5 * 60_000);
      const absent = parsed.data.find((r) => r[columns.name] === 'José Álvarez');
      expect(absent?.[columns.status]).toBe(catalog.exports.status.absent);
      expect(absent?.[columns.email]).toBe('jose@example.org');

      // The Excel export, read back: the same headers and e-mail, a real date for the arrival.
      const [workbook] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: catalog.exports.xlsx }).click(),
      ]);
      const [sheet] = await readXlsxFile(
        new Uint8Array(await readFile((await (workbook as Download).path())!)).buffer,
      );
      const [header, ...rows] = sheet?.data ?? [];
      expect(header?.slice(0, 4)).toEqual([
        columns.section,
        columns.rollId,
        columns.name,
        columns.email,
      ]);
      const zoeRow = rows.find((r) => r[2] === 'Zoë Müller');
      expect(zoeRow?.[3]).toBe('zoe.muller@example.org');
      const arrivalColumn = header?.findIndex((title) =>
        String(title).startsWith(columns.firstArrival),
      );
      expect(zoeRow?.[arrivalColumn ?? -1]).toBeInstanceOf(Date);
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

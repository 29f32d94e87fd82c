import type { TFunction } from 'i18next';
import type { ExportLabels } from '../../domain/export';
import { translateMessage } from '../../i18n/message';

const BY: ReadonlySet<string> = new Set(['panel', 'lock', 'manual', 'countdown', 'rollComplete']);

/** Headers and coded values of an export in the panel's language. */
export function exportLabels(t: TFunction): ExportLabels {
  const text = (key: string) => translateMessage(t, { key });
  return {
    header: (column) => text(`exports.column.${column}`),
    section: (section) => text(`exports.section.${section}`),
    status: (status) => text(`exports.status.${status}`),
    flag: (value) => text(`exports.flag.${value === null ? 'unknown' : value ? 'yes' : 'no'}`),
    event: (kind) => text(`exports.event.${kind}`),
    // A cause this version does not know stays as it was logged rather than showing a raw key.
    by: (cause) => (BY.has(cause) ? text(`exports.by.${cause}`) : cause),
  };
}

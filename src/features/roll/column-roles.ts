import type { TFunction } from 'i18next';
import type { ColumnMapping, ColumnRole, DetectedColumns, RollPreview } from '../../domain/roll';

/** Roles in the order the preview lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'name',
  'first',
  'middle',
  'last',
  'secondLast',
  'email',
  'id',
  'group',
  'status',
];

const NAME_PARTS: readonly ColumnRole[] = ['name', 'first', 'middle', 'last', 'secondLast'];

/** A column as the host knows it: its header text, or "Column 3" when it has none. */
export function columnLabel(t: TFunction, preview: RollPreview, index: number): string {
  const header = preview.headers[index]?.trim();
  return header ? header : t('roll.preview.columnNumber', { number: index + 1 });
}

/** The plain mapping inside a detection (without `sure`, `nameCandidates`, `source`). */
export function mappingOf(columns: DetectedColumns): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const role of COLUMN_ROLES) {
    const index = columns[role];
    if (index !== undefined) mapping[role] = index;
  }
  return mapping;
}

/** The mapping with the name taken from one column only (the other columns kept). */
export function withNameColumn(columns: DetectedColumns, index: number): ColumnMapping {
  const mapping = mappingOf(columns);
  for (const role of NAME_PARTS) delete mapping[role];
  // A column cannot be both the name and something else.
  for (const role of COLUMN_ROLES) if (mapping[role] === index) delete mapping[role];
  return { ...mapping, name: index };
}

/** Whether the name comes from first/last parts rather than one column. */
export function namesFromParts(columns: DetectedColumns): boolean {
  return NAME_PARTS.some((role) => role !== 'name' && columns[role] !== undefined);
}

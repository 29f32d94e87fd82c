import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollPreview } from '../../domain/roll';
import { useAppStoreApi } from '../../store/store-context';
import { columnLabel, namesFromParts, withNameColumn } from './column-roles';

const PARTS = 'parts';

/** Lets the host say which column holds the names, when the importer is unsure or found none. */
export function NameColumnPicker({ preview }: { preview: RollPreview }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const { columns } = preview;
  const parts = namesFromParts(columns);
  const value = parts ? PARTS : columns.name !== undefined ? String(columns.name) : '';
  // Likely name columns first, then the rest, so the right one is near the top.
  const order = [
    ...columns.nameCandidates,
    ...Array.from({ length: preview.columnCount }, (_, i) => i).filter(
      (i) => !columns.nameCandidates.includes(i),
    ),
  ];
  return (
    <div className="name-picker">
      <label htmlFor={id} className="name-picker__label">
        {t('roll.preview.pickName')}
      </label>
      <p id={`${id}-hint`} className="name-picker__hint">
        {t('roll.preview.pickNameHint')}
      </p>
      <select
        id={id}
        className="name-picker__select"
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => {
          const index = Number(event.target.value);
          if (event.target.value === '' || event.target.value === PARTS || Number.isNaN(index))
            return;
          store.getState().remapRollImport({
            columns: withNameColumn(columns, index),
            headerRow: preview.headerRow,
          });
        }}
      >
        {value === '' ? <option value="">{t('roll.preview.pickNamePrompt')}</option> : null}
        {parts ? <option value={PARTS}>{t('roll.preview.nameFromParts')}</option> : null}
        {order.map((index) => (
          <option key={index} value={String(index)}>
            {columnLabel(t, preview, index)}
          </option>
        ))}
      </select>
    </div>
  );
}

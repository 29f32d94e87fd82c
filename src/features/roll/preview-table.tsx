import { useTranslation } from 'react-i18next';
import type { RollPreview } from '../../domain/roll';
import { COLUMN_ROLES, columnLabel } from './column-roles';

/** The detected columns and the first rows, as the importer read them. */
export function PreviewTable({ preview }: { preview: RollPreview }) {
  const { t } = useTranslation();
  const roleOf = (index: number) => COLUMN_ROLES.find((role) => preview.columns[role] === index);
  const columns = Array.from({ length: preview.columnCount }, (_, i) => i);
  return (
    <div
      className="preview-table"
      tabIndex={0}
      role="region"
      aria-label={t('roll.preview.firstRows')}
    >
      <table>
        <caption className="preview-table__caption">{t('roll.preview.firstRows')}</caption>
        <thead>
          <tr>
            {columns.map((index) => {
              const role = roleOf(index);
              return (
                <th key={index} scope="col" data-role={role ?? ''}>
                  <span className="preview-table__header">{columnLabel(t, preview, index)}</span>
                  <span className="preview-table__role">
                    {role ? t(`roll.preview.role.${role}`) : t('roll.preview.role.unused')}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.sampleRows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {columns.map((index) => (
                <td key={index}>
                  <bdi>{row[index] ?? ''}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

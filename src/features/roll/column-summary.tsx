import { useTranslation } from 'react-i18next';
import type { RollFormat, RollPreview } from '../../domain/roll';
import { COLUMN_ROLES, columnLabel } from './column-roles';

/** "Name: Full name · E-mail: Email address", and how the file was read. */
export function ColumnSummary({
  preview,
  format,
}: {
  preview: RollPreview;
  format: RollFormat | null;
}) {
  const { t } = useTranslation();
  const formatLine = (format: RollFormat) => {
    const kind = format.kind.toUpperCase();
    const details = [format.encoding?.toUpperCase(), format.sheet].filter(Boolean).join(', ');
    return details
      ? t('roll.preview.formatDetails', { kind, details })
      : t('roll.preview.format', { kind });
  };
  const found = COLUMN_ROLES.flatMap((role) => {
    const index = preview.columns[role];
    return index === undefined ? [] : [{ role, index }];
  });
  return (
    <div className="column-summary">
      <h3 className="column-summary__title">{t('roll.preview.columns')}</h3>
      {found.length === 0 ? (
        <p>{t('roll.preview.noColumns')}</p>
      ) : (
        <dl className="column-summary__list">
          {found.map(({ role, index }) => (
            <div key={role} className="column-summary__item">
              <dt>{t(`roll.preview.role.${role}`)}</dt>
              <dd>
                <bdi>{columnLabel(t, preview, index)}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {format ? <p className="column-summary__format">{formatLine(format)}</p> : null}
    </div>
  );
}

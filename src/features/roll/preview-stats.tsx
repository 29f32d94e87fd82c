import { useTranslation } from 'react-i18next';
import type { RollImportSuccess } from '../../domain/roll';

/** How many people were imported, and what was skipped, merged or left out. */
export function PreviewStats({ result }: { result: RollImportSuccess }) {
  const { t } = useTranslation();
  const { stats, warnings } = result;
  return (
    <ul className="preview-stats" aria-label={t('roll.preview.statsLabel')}>
      <li>{t('roll.preview.imported', { count: stats.imported })}</li>
      {stats.blankSkipped > 0 ? (
        <li>{t('roll.preview.blankSkipped', { count: stats.blankSkipped })}</li>
      ) : null}
      {stats.duplicatesMerged > 0 ? (
        <li>
          {t('roll.preview.duplicatesMerged', {
            count: stats.duplicatesMerged,
            names: stats.duplicates.join(', '),
          })}
        </li>
      ) : null}
      {warnings.map((warning) => (
        <li key={warning.code} className="preview-stats__warning">
          {warning.message}
        </li>
      ))}
    </ul>
  );
}

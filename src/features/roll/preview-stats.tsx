import { useTranslation } from 'react-i18next';
import type { RollImportSuccess } from '../../domain/roll';
import { useFormatters } from '../../i18n/format';
import { RollMessageText } from './roll-message';

/** How many people were imported, and what was skipped, merged or left out. */
export function PreviewStats({ result }: { result: RollImportSuccess }) {
  const { t } = useTranslation();
  const format = useFormatters();
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
            names: format.list(stats.duplicates),
          })}
        </li>
      ) : null}
      {warnings.map((warning) => (
        <li key={warning.code} className="preview-stats__warning">
          <RollMessageText message={warning.text} />
        </li>
      ))}
    </ul>
  );
}

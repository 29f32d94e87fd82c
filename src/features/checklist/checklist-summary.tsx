import { useTranslation } from 'react-i18next';
import type { ChecklistSummary as Summary } from '../../domain/checklist';

/** "2 problems · 1 to look at · 5 settings to check in Zoom", or an all-clear. */
export function ChecklistSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const parts = [
    summary.fail > 0 ? t('checklistView.summaryProblems', { count: summary.fail }) : null,
    summary.warn > 0 ? t('checklistView.summaryWarnings', { count: summary.warn }) : null,
    summary.unknown > 0 ? t('checklistView.summaryUnknown', { count: summary.unknown }) : null,
    summary.manual > 0 ? t('checklistView.summaryManual', { count: summary.manual }) : null,
  ].filter((part): part is string => part !== null);
  const clear = summary.fail === 0 && summary.warn === 0;
  return (
    <p
      className={`checklist-summary${clear ? '' : ' checklist-summary--attention'}`}
      data-testid="checklist-summary"
    >
      {clear ? <span>{t('checklistView.summaryAllClear')} </span> : null}
      {parts.join(' · ')}
    </p>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceSummary as Summary } from '../../domain/attendance';
import { copyText } from './copy-text';

/** The one-line summary ("14 of 16 present · absent: Jane D., Bob K."), privacy names only. */
export function useSummaryLine(summary: Summary): string {
  const { t } = useTranslation();
  if (summary.total === 0) return t('attendance.summaryNoRoll', { count: summary.unknownCount });
  const head = t('attendance.summary', { attended: summary.attended, total: summary.total });
  if (summary.absent.length === 0) return head;
  const names = summary.absent.map((person) => person.privacyName).join(', ');
  return t('attendance.summaryAbsent', { head, names });
}

/** The summary line with a Copy button (for the chat, a register, an e-mail). */
export function AttendanceSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const line = useSummaryLine(summary);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const onCopy = async () => setCopied((await copyText(line)) ? 'yes' : 'no');
  return (
    <div className="attendance-summary">
      <p className="attendance-summary__line" data-testid="attendance-summary">
        {line}
      </p>
      <button type="button" className="button" onClick={() => void onCopy()}>
        {t('attendance.copy')}
      </button>
      <span className="attendance-summary__status" role="status">
        {copied === 'yes'
          ? t('attendance.copied')
          : copied === 'no'
            ? t('attendance.copyFailed')
            : ''}
      </span>
    </div>
  );
}

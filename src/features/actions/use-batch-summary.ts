import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectLatestBatch, summarizeBatch } from '../../store/action-selectors';
import type { BatchReason, BatchSummary } from '../../store/action-selectors';
import type { ActionBatch } from '../../store/actions-slice';
import { useAppStore } from '../../store/store-context';
import { useProblemText } from '../../hooks/use-problem-text';

export interface BatchView {
  batch: ActionBatch;
  summary: BatchSummary;
  /** "Admitted 12 people · Failed for 1 person: already admitted", or "Admitting… 3 of 12 done" while running. */
  text: string;
  running: boolean;
}

/** The latest batch and its one-line summary, or null when there is none. */
export function useBatchSummary(): BatchView | null {
  const { t } = useTranslation();
  const problems = useProblemText();
  const batch = useAppStore(selectLatestBatch);
  const summary = useMemo(() => (batch ? summarizeBatch(batch) : null), [batch]);
  if (!batch || !summary) return null;

  const reasons = (list: BatchReason[]) =>
    list.length === 1
      ? problems.reason(list[0]!.kind)
      : list
          .map((r) => t('actions.reasonCount', { count: r.count, reason: problems.reason(r.kind) }))
          .join(', ');
  const failedReasons = summary.reasons.filter((r) =>
    batch.items.some((item) => item.status === 'failed' && item.problem?.kind === r.kind),
  );
  const refusedReasons = summary.reasons.filter((r) => !failedReasons.includes(r));

  const running = summary.pending > 0;
  let text: string;
  if (running) {
    text = `${t(`actions.pending.${batch.kind}`)} ${t('actions.runningCount', {
      done: summary.total - summary.pending,
      total: summary.total,
    })}`;
  } else {
    const parts: string[] = [];
    if (batch.kind === 'setWaitingRoom') {
      if (summary.done > 0)
        parts.push(
          t(batch.enabled ? 'actions.done.setWaitingRoomOn' : 'actions.done.setWaitingRoomOff'),
        );
    } else {
      parts.push(t(`actions.done.${batch.kind}`, { count: summary.done }));
    }
    if (summary.failed > 0)
      parts.push(
        t('actions.failedPart', { count: summary.failed, reasons: reasons(failedReasons) }),
      );
    if (summary.refused > 0)
      parts.push(
        t('actions.refusedPart', { count: summary.refused, reasons: reasons(refusedReasons) }),
      );
    text = parts.join(' · ');
  }
  return { batch, summary, text, running };
}

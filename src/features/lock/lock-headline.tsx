import { useTranslation } from 'react-i18next';
import type { EnforcementProblem, LockStatus } from '../../domain/lock';
import type { ActionProblemKind } from '../../store/actions-slice';
import { useProblemText } from '../../hooks/use-problem-text';

/**
 * The banner's first line. A breach outranks "Locked": while someone is in the main room who
 * could not be put back, the headline names them and Zoom's reason, never "nobody gets in".
 */
export function LockHeadline({
  status,
  breach,
}: {
  status: LockStatus;
  breach: readonly EnforcementProblem[];
}) {
  const { t } = useTranslation();
  const text = useProblemText();
  const first = breach[0];
  if (status !== 'paused' && first) {
    return (
      <>
        {t('lock.banner.breach', {
          // First-strong isolates, as <bdi> would: a right-to-left name cannot reorder the sentence.
          name: `\u2068${first.screenName || t('roster.unnamed')}\u2069`,
          reason: text.sentence(first.failure.errorKind as ActionProblemKind),
        })}
        {breach.length > 1 ? ` ${t('lock.banner.breachMore', { count: breach.length - 1 })}` : ''}
      </>
    );
  }
  if (status === 'paused') return <>{t('lock.banner.paused')}</>;
  return (
    <>{status === 'lockedRollOnly' ? t('lock.banner.lockedRollOnly') : t('lock.banner.locked')}</>
  );
}

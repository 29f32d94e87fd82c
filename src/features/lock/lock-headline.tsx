import { useTranslation } from 'react-i18next';
import type { EnforcementProblem, LockStatus } from '../../domain/lock';
import { useProblemText } from '../../hooks/use-problem-text';
import { isolate } from '../../components/ui/isolate';
import { StateFirst } from './state-first';

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
    const headline = t('lock.banner.breach', {
      // First-strong isolates, as <bdi> would: a right-to-left name cannot reorder the sentence.
      name: isolate(first.screenName || t('roster.unnamed')),
      reason: text.sentence(first.failure.errorKind),
    });
    const more =
      breach.length > 1 ? ` ${t('lock.banner.breachMore', { count: breach.length - 1 })}` : '';
    return <StateFirst text={headline + more} />;
  }
  if (status === 'paused') return <StateFirst text={t('lock.banner.paused')} />;
  return (
    <StateFirst
      text={status === 'lockedRollOnly' ? t('lock.banner.lockedRollOnly') : t('lock.banner.locked')}
    />
  );
}

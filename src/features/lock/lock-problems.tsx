import { useTranslation } from 'react-i18next';
import type { EnforcementProblem } from '../../domain/lock';
import type { ActionProblemKind } from '../../store/actions-slice';
import { useAppStoreApi } from '../../store/store-context';
import { useProblemText } from '../actions/problem-text';

/** People the lock could not put back, with Zoom's reason and a way to try again. */
export function LockProblems({ problems }: { problems: readonly EnforcementProblem[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <ul className="lock-problems" role="alert">
      {problems.map((problem) => (
        <li key={problem.participantUUID} className="lock-problems__item">
          <span>
            {t('lock.banner.problem')} <bdi>{problem.screenName || t('roster.unnamed')}</bdi>:{' '}
            {text.sentence(problem.failure.errorKind as ActionProblemKind)}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => store.getState().retryLockAction(problem.participantUUID)}
          >
            {t('lock.banner.retry')}
          </button>
        </li>
      ))}
    </ul>
  );
}

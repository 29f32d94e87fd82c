import { useTranslation } from 'react-i18next';
import { WAITING_ROOM_KEY } from '../../domain/lock';
import type { ActionFailure, EnforcementProblem } from '../../domain/lock';
import { useAppStoreApi } from '../../store/store-context';
import { useProblemText } from '../../hooks/use-problem-text';

/**
 * What the lock could not do: turn the waiting room on, or put someone back; with Zoom's reason in
 * plain words, whether it is still trying by itself, and one click to try again or remove them.
 */
export function LockProblems({
  problems,
  waitingRoomFailure,
  canRetry = true,
}: {
  problems: readonly EnforcementProblem[];
  waitingRoomFailure: ActionFailure | null;
  /** False without the host role: a retry could not work, so none is offered. */
  canRetry?: boolean;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const text = useProblemText();
  if (problems.length === 0 && !waitingRoomFailure) return null;
  return (
    <ul className="lock-problems">
      {waitingRoomFailure ? (
        <li className="lock-problems__item">
          <span>
            {t('lock.banner.waitingRoomFailed', {
              reason: text.sentence(waitingRoomFailure.errorKind),
            })}
          </span>
          {canRetry ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => store.getState().retryLockAction(WAITING_ROOM_KEY)}
            >
              {t('lock.banner.retry')}
            </button>
          ) : null}
        </li>
      ) : null}
      {problems.map((problem) => (
        <li key={problem.participantUUID} className="lock-problems__item" data-testid="lock-breach">
          <span>
            {t('lock.banner.problem')} <bdi>{problem.screenName || t('roster.unnamed')}</bdi>:{' '}
            {text.sentence(problem.failure.errorKind)}
            {problem.retrying ? ` ${t('lock.banner.retrying')}` : ''}
          </span>
          {canRetry ? (
            <>
              <button
                type="button"
                className="button button--small"
                onClick={() => store.getState().retryLockAction(problem.participantUUID)}
              >
                {t('lock.banner.retry')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => store.getState().remove(problem.participantUUID)}
              >
                {t('lock.banner.remove')}
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

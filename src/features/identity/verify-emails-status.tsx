import { useTranslation } from 'react-i18next';
import { useProblemText } from '../../hooks/use-problem-text';
import { useAppStore } from '../../store/store-context';

/** Where the current round stands: asking, how many answered, or why it failed. */
export function VerifyEmailsStatus() {
  const { t } = useTranslation();
  const problems = useProblemText();
  const request = useAppStore((state) => state.emailRequest);
  const answered = useAppStore((state) => {
    const askedAt = state.emailRequest.askedAt ?? Infinity;
    let count = 0;
    for (const uuid of state.emailRequest.asked) {
      const record = state.identityVerdicts.get(uuid);
      if (record && record.at >= askedAt) count += 1;
    }
    return count;
  });
  if (request.status === 'failed' && request.problem)
    return (
      <span className="identity-toolbar__note" role="alert">
        {t('identity.failed', { reason: problems.reason(request.problem) })}
      </span>
    );
  if (request.status !== 'waiting') return null;
  return (
    <span className="identity-toolbar__note" role="status" data-testid="verify-emails-status">
      {t('identity.waiting', { count: request.asked.length, answered })}
    </span>
  );
}

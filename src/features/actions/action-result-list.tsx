import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../store/actions-slice';
import { useProblemText } from '../../hooks/use-problem-text';

/** Each person's result: their name as text, and what happened in a plain sentence. */
export function ActionResultList({ items }: { items: readonly ActionItem[] }) {
  const { t } = useTranslation();
  const problems = useProblemText();
  return (
    <ul className="action-results" aria-label={t('actions.resultsLabel')}>
      {items.map((item) => (
        <li key={item.id} className={`action-results__item action-results__item--${item.status}`}>
          {item.action.kind === 'setWaitingRoom' ? null : (
            <bdi className="action-results__name">{item.screenName || t('roster.unnamed')}</bdi>
          )}
          <span className="action-results__status">
            {item.problem
              ? problems.sentence(item.problem.kind)
              : t(`actions.itemStatus.${item.status}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

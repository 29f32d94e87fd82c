import { useTranslation } from 'react-i18next';
import type { RollStatusCounts } from '../../store/roll-selectors';

export type RollFilterValue = 'all' | 'present' | 'waiting' | 'absent';

const VALUES: readonly RollFilterValue[] = ['all', 'present', 'waiting', 'absent'];

/** All / Present / Waiting / Absent, each with its count, as a group of toggle buttons. */
export function RollFilter({
  value,
  onChange,
  counts,
}: {
  value: RollFilterValue;
  onChange: (value: RollFilterValue) => void;
  counts: RollStatusCounts;
}) {
  const { t } = useTranslation();
  return (
    <div className="roll-filter" role="group" aria-label={t('roll.list.filter')}>
      {VALUES.map((option) => (
        <button
          key={option}
          type="button"
          className="roll-filter__option"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
        >
          {t(`roll.filter.${option}`, { count: option === 'all' ? counts.total : counts[option] })}
        </button>
      ))}
    </div>
  );
}

import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../../components/ui/virtual-list';
import type { LoadedRoll } from '../../store/roll-slice';
import { RollActions } from './roll-actions';
import { RollEntryRow } from './roll-entry-row';
import { RollFilter } from './roll-filter';
import type { RollFilterValue } from './roll-filter';
import { useRollEntries } from './use-roll-entries';

const ROW_HEIGHT = 40;

/** The loaded roll: its name, counts, Replace / Clear, a filter and the list of entries. */
export function RollOverview({ roll }: { roll: LoadedRoll }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RollFilterValue>('all');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const { rows, counts } = useRollEntries(filter, deferredQuery);
  return (
    <div className="roll-view">
      <div className="roll-view__header">
        <h2 className="roll-view__title">
          <bdi title={roll.name}>{roll.name}</bdi>
        </h2>
        <RollActions />
      </div>
      <p className="roll-view__counts" role="status">
        {t('roll.summary', {
          present: counts.present,
          waiting: counts.waiting,
          absent: counts.absent,
        })}
      </p>
      <RollFilter value={filter} onChange={setFilter} counts={counts} />
      <input
        type="search"
        className="search-box__input"
        aria-label={t('roll.list.search')}
        placeholder={t('roll.list.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {rows.length === 0 ? (
        <p className="roll-view__empty">{t('roll.list.noMatches')}</p>
      ) : (
        <VirtualList
          items={rows}
          rowHeight={ROW_HEIGHT}
          label={t('roll.list.label')}
          getKey={(row) => row.entry.id}
          renderItem={(row) => <RollEntryRow item={row} />}
        />
      )}
    </div>
  );
}

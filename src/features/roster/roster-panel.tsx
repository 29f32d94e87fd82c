import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowAddon } from './participant-row';
import { RosterSection } from './roster-section';
import { SearchBox } from './search-box';
import { useRoster } from './use-roster';
import { WaitingRoomSection } from './waiting-room-section';

export interface RosterPanelProps {
  /** Extra pieces at the end of every row, from later features. */
  rowAddons?: readonly RowAddon[];
}

/** The live roster: a search box, then the waiting room (where decisions are made) and the meeting. */
export function RosterPanel({ rowAddons }: RosterPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const roster = useRoster(query);
  const emptyText = (total: number, fallback: string) =>
    roster.filtering && total > 0 ? t('roster.noMatches') : fallback;
  const note = (shown: number, total: number) =>
    roster.filtering && shown > 0 ? t('roster.shown', { shown, total }) : undefined;

  return (
    <div className="roster">
      <SearchBox value={query} onChange={setQuery} />
      <WaitingRoomSection
        query={query}
        title={t('roster.waitingRoom', { count: roster.waitingCount })}
        listLabel={t('roster.waitingList')}
        rows={roster.waitingRows}
        empty={emptyText(roster.waitingCount, t('roster.nobodyWaiting'))}
        note={note(roster.waitingRows.length, roster.waitingCount)}
        meUUID={roster.meUUID}
        rowAddons={rowAddons}
      />
      <RosterSection
        className="roster-section--meeting"
        title={t('roster.inMeeting', { count: roster.meetingCount })}
        listLabel={t('roster.meetingList')}
        rows={roster.meetingRows}
        empty={emptyText(roster.meetingCount, t('roster.nobodyInMeeting'))}
        note={note(roster.meetingRows.length, roster.meetingCount)}
        meUUID={roster.meUUID}
        rowAddons={rowAddons}
      />
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import type { RowAddon } from './participant-row';
import { RosterSection } from './roster-section';
import { SearchBox } from './search-box';
import { useRoster } from './use-roster';
import { WaitingRoomSection } from './waiting-room-section';

export interface RosterPanelProps {
  /** Extra pieces at the end of every row, from later features. */
  rowAddons?: readonly RowAddon[];
  /** Row actions, at the end of every row and always in view. */
  rowActions?: readonly RowAddon[];
  /** The explanation line of a flagged or held waiting row, its parts in order. */
  rowDetails?: readonly RowAddon[];
}

/**
 * The live roster: the waiting room (where decisions are made) with the search box beside its
 * heading, then the meeting. While anyone waits the waiting room gets the space and the meeting
 * folds to its heading (one click opens it); a search opens both.
 */
export function RosterPanel({ rowAddons, rowActions, rowDetails }: RosterPanelProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [meetingChoice, setMeetingChoice] = useState<boolean | null>(null);
  const meetingListId = useId();
  const roster = useRoster(query);
  const emptyText = (total: number, fallback: string) =>
    roster.filtering && total > 0 ? t('roster.noMatches') : fallback;
  const note = (shown: number, total: number) =>
    roster.filtering && shown > 0 ? t('roster.shown', { shown, total }) : undefined;
  const meetingOpen = roster.filtering || (meetingChoice ?? roster.waitingCount === 0);
  const matching = useAppStore((state) => state.roll !== null && !state.matchingReady);
  const waitingNote = note(roster.waitingRows.length, roster.waitingCount);

  return (
    <div className={`roster${roster.waitingCount > 0 ? ' roster--waiting' : ''}`}>
      <WaitingRoomSection
        query={query}
        title={t('roster.waitingRoom', { count: roster.waitingCount })}
        listLabel={t('roster.waitingList')}
        rows={roster.waitingRows}
        empty={emptyText(roster.waitingCount, t('roster.nobodyWaiting'))}
        note={
          matching ? (
            <span className="roster-section__matching" role="status">
              {t('roster.matching')}
            </span>
          ) : (
            waitingNote
          )
        }
        meUUID={roster.meUUID}
        rowAddons={rowAddons}
        rowActions={rowActions}
        rowDetails={rowDetails}
        aside={<SearchBox value={query} onChange={setQuery} />}
      />
      <RosterSection
        className={`roster-section--meeting${meetingOpen ? '' : ' roster-section--folded'}`}
        title={t('roster.inMeeting', { count: roster.meetingCount })}
        listLabel={t('roster.meetingList')}
        rows={roster.meetingRows}
        empty={emptyText(roster.meetingCount, t('roster.nobodyInMeeting'))}
        note={note(roster.meetingRows.length, roster.meetingCount)}
        meUUID={roster.meUUID}
        rowAddons={rowAddons}
        rowActions={rowActions}
        expanded={meetingOpen}
        listId={meetingListId}
        aside={
          roster.filtering ? null : (
            <button
              type="button"
              className="button button--small roster-section__toggle"
              aria-expanded={meetingOpen}
              aria-controls={meetingListId}
              onClick={() => setMeetingChoice(!meetingOpen)}
            >
              {meetingOpen ? t('roster.hideMeeting') : t('roster.showMeeting')}
            </button>
          )
        }
      />
    </div>
  );
}

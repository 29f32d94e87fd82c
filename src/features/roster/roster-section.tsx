import { useId } from 'react';
import type { ReactNode } from 'react';
import { VirtualList } from '../../components/ui/virtual-list';
import type { RosterParticipant } from '../../domain/meeting/types';
import { ParticipantRow } from './participant-row';
import type { RowAddon } from './participant-row';

/** Row heights in px: compact enough for ten waiting rows at Zoom's panel size, targets ≥ 24 px. */
export const ROW_HEIGHT = 30;
export const GROUP_HEIGHT = 20;
/** A held row with its line (who put them back). */
export const TALL_ROW_HEIGHT = 52;
/**
 * A flagged row's claim ("Looks like Jane Doe — held by “Jane Doe” (in meeting)") has two lines,
 * not one: cut to one line at 320 px, it lost the holder's name, which the host needs to decide.
 */
export const CLAIM_ROW_HEIGHT = TALL_ROW_HEIGHT + 16;
/** A duplicate's claim and, under it, its two ways out ("This one is Jane", "Same person…"). */
export const DUPLICATE_ROW_HEIGHT = CLAIM_ROW_HEIGHT + 28;

export interface RosterSectionProps {
  /** The heading, e.g. "Waiting room (3)". */
  title: string;
  /** The list's accessible name. */
  listLabel: string;
  rows: readonly RosterParticipant[];
  /** Shown instead of the list when it has no rows. */
  empty: string;
  /** A line under the heading (e.g. "Showing 2 of 40" while searching). */
  note?: ReactNode;
  meUUID: string | null;
  rowAddons?: readonly RowAddon[];
  /** Row actions (Admit, More), always in view at the row's end. */
  rowActions?: readonly RowAddon[];
  className?: string;
  /** Beside the heading (the search box, or the meeting's show/hide button). */
  aside?: ReactNode;
  /** False: the heading only, the list hidden (the meeting while people wait). */
  expanded?: boolean;
  /** The list's element id, for a button that controls it. */
  listId?: string;
}

/** A heading and the virtualised list of one place (meeting or waiting room). */
export function RosterSection({
  title,
  listLabel,
  rows,
  empty,
  note,
  meUUID,
  rowAddons,
  rowActions,
  className,
  aside,
  expanded = true,
  listId,
}: RosterSectionProps) {
  const headingId = useId();
  return (
    <section
      className={className ? `roster-section ${className}` : 'roster-section'}
      aria-labelledby={headingId}
      data-expanded={expanded}
    >
      <div className="roster-section__head">
        <h2 id={headingId} className="roster-section__title">
          {title}
        </h2>
        {aside}
      </div>
      {expanded && note ? <p className="roster-section__note">{note}</p> : null}
      <div id={listId} className="roster-section__body" hidden={!expanded}>
        {!expanded ? null : rows.length === 0 ? (
          <p className="roster-section__empty">{empty}</p>
        ) : (
          <VirtualList
            items={rows}
            rowHeight={ROW_HEIGHT}
            label={listLabel}
            getKey={(row) => row.participantUUID}
            renderItem={(row) => (
              <ParticipantRow
                participant={row}
                isMe={row.participantUUID === meUUID}
                addons={rowAddons}
                actions={rowActions}
              />
            )}
          />
        )}
      </div>
    </section>
  );
}

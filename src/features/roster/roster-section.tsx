import { useId } from 'react';
import type { ReactNode } from 'react';
import { VirtualList } from '../../components/ui/virtual-list';
import type { RosterParticipant } from '../../domain/meeting/types';
import { ParticipantRow } from './participant-row';
import type { RowAddon } from './participant-row';

export const ROW_HEIGHT = 44;

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
  className?: string;
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
  className,
}: RosterSectionProps) {
  const headingId = useId();
  return (
    <section
      className={className ? `roster-section ${className}` : 'roster-section'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="roster-section__title">
        {title}
      </h2>
      {note ? <p className="roster-section__note">{note}</p> : null}
      {rows.length === 0 ? (
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
            />
          )}
        />
      )}
    </section>
  );
}

import { useDeferredValue, useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../../components/ui/virtual-list';
import type { RosterParticipant } from '../../domain/meeting/types';
import { useAppStore } from '../../store/store-context';
import { selectWaitingGroups } from '../../store/waiting-groups';
import type { WaitingGroupId } from '../../store/waiting-groups';
import { ParticipantRow } from './participant-row';
import type { RowAddon } from './participant-row';
import { ROW_HEIGHT, RosterSection } from './roster-section';

export interface WaitingRoomSectionProps {
  query: string;
  title: string;
  listLabel: string;
  rows: readonly RosterParticipant[];
  empty: string;
  note?: ReactNode;
  meUUID: string | null;
  rowAddons?: readonly RowAddon[];
}

type Item =
  | { type: 'group'; id: WaitingGroupId; count: number }
  | { type: 'person'; participant: RosterParticipant };

/**
 * The waiting room, sorted for decisions once there is a roll or a lock: "On the roll", "Check",
 * "Not on the roll" and "Impersonation warning" (and, while locked, rejoins first), each with its
 * count, in one virtual list so a long queue stays cheap. Without either, a plain list.
 */
export function WaitingRoomSection({ query, ...props }: WaitingRoomSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const deferredQuery = useDeferredValue(query.trim());
  const groups = useAppStore(selectWaitingGroups(deferredQuery));
  const className = 'roster-section--waiting';
  if (!groups) return <RosterSection className={className} {...props} />;

  const items: Item[] = groups.flatMap((group): Item[] => [
    { type: 'group', id: group.id, count: group.rows.length },
    ...group.rows.map((participant): Item => ({ type: 'person', participant })),
  ]);
  return (
    <section className={`roster-section ${className}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="roster-section__title">
        {props.title}
      </h2>
      {props.note ? <p className="roster-section__note">{props.note}</p> : null}
      {items.length === 0 ? (
        <p className="roster-section__empty">{props.empty}</p>
      ) : (
        <VirtualList
          items={items}
          rowHeight={ROW_HEIGHT}
          label={props.listLabel}
          getKey={(item) =>
            item.type === 'group' ? `#group:${item.id}` : item.participant.participantUUID
          }
          renderItem={(item) =>
            item.type === 'group' ? (
              <h3 className={`waiting-group waiting-group--${item.id}`} data-group={item.id}>
                {t(`waitingGroups.${item.id}`, { count: item.count })}
              </h3>
            ) : (
              <ParticipantRow
                participant={item.participant}
                isMe={item.participant.participantUUID === props.meUUID}
                addons={props.rowAddons}
              />
            )
          }
        />
      )}
    </section>
  );
}

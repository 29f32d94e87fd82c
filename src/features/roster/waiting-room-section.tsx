import { useDeferredValue, useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../../components/ui/virtual-list';
import type { RosterParticipant } from '../../domain/meeting/types';
import { flaggedFlag } from '../../store/claim-selectors';
import { selectHeldMovedUUIDs } from '../../store/held-selectors';
import { selectMatchByUUID } from '../../store/roll-selectors';
import { useAppStore } from '../../store/store-context';
import { selectWaitingGroups } from '../../store/waiting-groups';
import type { WaitingGroupId } from '../../store/waiting-groups';
import { ParticipantRow } from './participant-row';
import type { RowAddon } from './participant-row';
import {
  CLAIM_ROW_HEIGHT,
  DUPLICATE_ROW_HEIGHT,
  GROUP_HEIGHT,
  ROW_HEIGHT,
  RosterSection,
  TALL_ROW_HEIGHT,
} from './roster-section';

export interface WaitingRoomSectionProps {
  query: string;
  title: string;
  listLabel: string;
  rows: readonly RosterParticipant[];
  empty: string;
  note?: ReactNode;
  meUUID: string | null;
  rowAddons?: readonly RowAddon[];
  /** Row actions (Admit, More), always in view at the row's end. */
  rowActions?: readonly RowAddon[];
  /**
   * The second line of a flagged or held row (whom an impostor or duplicate resembles, who holds
   * it; who put a held person back).
   */
  rowDetails?: readonly RowAddon[];
  /** Beside the heading (the search box). */
  aside?: ReactNode;
}

type Item =
  | { type: 'group'; id: WaitingGroupId; count: number }
  | { type: 'person'; participant: RosterParticipant; tall: boolean; height: number };

/** A row's height: its second line, a flag's two-line claim, a duplicate's buttons, a held line. */
function personHeight(flag: ReturnType<typeof flaggedFlag>, held: boolean): number {
  if (flag === null) return held ? TALL_ROW_HEIGHT : ROW_HEIGHT;
  const claim = flag === 'duplicate' ? DUPLICATE_ROW_HEIGHT : CLAIM_ROW_HEIGHT;
  return held ? claim + TALL_ROW_HEIGHT - ROW_HEIGHT - 4 : claim;
}

/**
 * The waiting room, sorted for decisions once there is a roll or a lock: "Impersonation warning"
 * first, then (while locked) rejoins, "On the roll", "Check" and "Not on the roll", each with its
 * count, in one virtual list so a long queue stays cheap. Without either, a plain list.
 */
export function WaitingRoomSection({ query, rowDetails = [], ...props }: WaitingRoomSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const deferredQuery = useDeferredValue(query.trim());
  const groups = useAppStore(selectWaitingGroups(deferredQuery));
  const matches = useAppStore(selectMatchByUUID);
  const moved = useAppStore(selectHeldMovedUUIDs);
  const className = 'roster-section--waiting';
  if (!groups) return <RosterSection className={className} {...props} />;

  const items: Item[] = groups.flatMap((group): Item[] => [
    { type: 'group', id: group.id, count: group.rows.length },
    ...group.rows.map((participant): Item => {
      const flag = flaggedFlag(matches.get(participant.participantUUID));
      const held = moved.has(participant.participantUUID);
      const tall = rowDetails.length > 0 && (flag !== null || held);
      return {
        type: 'person',
        participant,
        tall,
        height: tall ? personHeight(flag, held) : ROW_HEIGHT,
      };
    }),
  ]);
  return (
    <section className={`roster-section ${className}`} aria-labelledby={headingId}>
      <div className="roster-section__head">
        <h2 id={headingId} className="roster-section__title">
          {props.title}
        </h2>
        {props.aside}
      </div>
      {props.note ? <p className="roster-section__note">{props.note}</p> : null}
      {items.length === 0 ? (
        <p className="roster-section__empty">{props.empty}</p>
      ) : (
        <VirtualList
          items={items}
          rowHeight={(item) => (item.type === 'group' ? GROUP_HEIGHT : item.height)}
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
                actions={props.rowActions}
                details={item.tall ? rowDetails : undefined}
              />
            )
          }
        />
      )}
    </section>
  );
}

import type { ComponentType } from 'react';
import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import type { RosterParticipant } from '../../domain/meeting/types';
import { RoleBadge } from './role-badge';

/** Something a later feature shows at the end of every row (match badges, row actions). */
export type RowAddon = ComponentType<{ participant: RosterParticipant }>;

export interface ParticipantRowProps {
  participant: RosterParticipant;
  isMe: boolean;
  addons?: readonly RowAddon[];
  /** At the row's end, always in view (Admit, More): badges give way to them. */
  actions?: readonly RowAddon[];
  /** A second line under the name (why a flagged or held person needs a look), when the row is tall. */
  details?: readonly RowAddon[];
}

/**
 * One person: the name (at least 18 characters of it), badges that give way whole when the row is
 * narrow (never cut to "C."), and the actions, always in view. The display name is attacker-controlled: it is only ever text, isolated with <bdi>
 * so bidi tricks in it cannot reorder the rest of the row, and shown whole in its tooltip.
 */
export function ParticipantRow({
  participant,
  isMe,
  addons = [],
  actions = [],
  details = [],
}: ParticipantRowProps) {
  const { t } = useRowTranslation();
  const name = participant.screenName;
  return (
    <div
      className={details.length > 0 ? 'participant-row participant-row--tall' : 'participant-row'}
      data-testid="participant-row"
      data-uuid={participant.participantUUID}
    >
      <div className="participant-row__main">
        {name ? (
          <bdi className="participant-row__name" title={name}>
            {name}
          </bdi>
        ) : (
          <span className="participant-row__name participant-row__name--missing">
            {t('roster.unnamed')}
          </span>
        )}
        <span className="participant-row__badges">
          {isMe ? <Badge>{t('roster.you')}</Badge> : null}
          <RoleBadge role={participant.role} />
          {addons.map((Addon, index) => (
            <Addon key={index} participant={participant} />
          ))}
        </span>
        {actions.map((Action, index) => (
          <Action key={index} participant={participant} />
        ))}
      </div>
      {details.length > 0 ? (
        <div className="participant-row__detail">
          {details.map((Detail, index) => (
            <Detail key={index} participant={participant} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

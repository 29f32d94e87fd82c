import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import type { RosterParticipant } from '../../domain/meeting/types';
import { RoleBadge } from './role-badge';

/** Something a later feature shows at the end of every row (match badges, row actions). */
export type RowAddon = ComponentType<{ participant: RosterParticipant }>;

export interface ParticipantRowProps {
  participant: RosterParticipant;
  isMe: boolean;
  addons?: readonly RowAddon[];
}

/**
 * One person. The display name is attacker-controlled: it is only ever text, isolated with <bdi>
 * so bidi tricks in it cannot reorder the rest of the row, and shown whole in its tooltip.
 */
export function ParticipantRow({ participant, isMe, addons = [] }: ParticipantRowProps) {
  const { t } = useTranslation();
  const name = participant.screenName;
  return (
    <div
      className="participant-row"
      data-testid="participant-row"
      data-uuid={participant.participantUUID}
    >
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
    </div>
  );
}

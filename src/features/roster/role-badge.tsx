import { useRowTranslation } from '../../i18n/row-translation';
import { Badge } from '../../components/ui/badge';
import type { Role } from '../../zoom/meeting-client';

/** Host, Co-host or Panelist as a text badge; attendees get none. */
export function RoleBadge({ role }: { role: Role }) {
  const { t } = useRowTranslation();
  if (role === 'attendee') return null;
  return (
    <Badge tone={role === 'panelist' ? 'neutral' : 'accent'}>{t(`roster.role.${role}`)}</Badge>
  );
}

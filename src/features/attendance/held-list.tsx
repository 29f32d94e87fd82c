import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { UncertainMark } from './uncertain-mark';
import type { HeldPerson } from '../../domain/attendance';

/** People held in the waiting room (never let in, or sent back), longest waiting first. */
export function HeldList({
  held,
  format,
}: {
  held: readonly HeldPerson[];
  format: (ms: number) => string;
}) {
  const { t } = useTranslation();
  if (held.length === 0) return <p className="attendance__empty">{t('attendance.noHeld')}</p>;
  return (
    <ul className="attendance__list" aria-label={t('attendance.heldTitle', { count: held.length })}>
      {held.map((person) => (
        <li key={person.participantUUID} className="attendance-row" data-testid="held-row">
          <div className="attendance-row__name">{person.screenName || t('roster.unnamed')}</div>
          <div className="attendance-times">
            <Badge tone={person.waitingNow ? 'warning' : 'neutral'}>
              {person.waitingNow ? t('attendance.status.waiting') : t('attendance.heldGone')}
            </Badge>
            {person.sentBack ? <Badge tone="danger">{t('attendance.sentBack')}</Badge> : null}
            {person.uncertain ? <UncertainMark /> : null}
            {person.firstWaiting !== null ? (
              <span className="attendance-times__facts">
                {t('attendance.waitingSince', { time: format(person.firstWaiting) })}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { UncertainMark } from './uncertain-mark';
import type { BadgeTone } from '../../components/ui/badge';
import type { AttendanceStatus, AttendanceTimes as Times } from '../../domain/attendance';

const TONE: Record<AttendanceStatus, BadgeTone> = {
  present: 'success',
  waiting: 'warning',
  left: 'neutral',
  absent: 'danger',
};

/** Status, first arrival, last departure, minutes and the late / left-early flags of one person. */
export function AttendanceTimes({
  times,
  format,
}: {
  times: Times;
  format: (ms: number) => string;
}) {
  const { t } = useTranslation();
  const facts: string[] = [];
  if (times.firstArrival !== null)
    facts.push(t('attendance.arrived', { time: format(times.firstArrival) }));
  if (times.lastDeparture !== null)
    facts.push(t('attendance.departed', { time: format(times.lastDeparture) }));
  if (times.attended) facts.push(t('attendance.minutes', { count: times.minutesPresent }));
  if (times.rejoins > 0) facts.push(t('attendance.rejoins', { count: times.rejoins }));
  if (times.devices > 1) facts.push(t('attendance.devices', { count: times.devices }));
  return (
    <div className="attendance-times">
      <Badge tone={TONE[times.status]}>{t(`attendance.status.${times.status}`)}</Badge>
      {times.late === true ? <Badge tone="warning">{t('attendance.late')}</Badge> : null}
      {times.late === null ? <Badge>{t('attendance.lateUnknown')}</Badge> : null}
      {times.leftEarly === true ? <Badge tone="warning">{t('attendance.leftEarly')}</Badge> : null}
      {times.leftEarly === null ? <Badge>{t('attendance.leftEarlyUnknown')}</Badge> : null}
      {times.uncertain ? <UncertainMark /> : null}
      {facts.length > 0 ? (
        <span className="attendance-times__facts">{facts.join(' · ')}</span>
      ) : null}
    </div>
  );
}

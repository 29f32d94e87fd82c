import { useTranslation } from 'react-i18next';
import type { AttendanceRow as Row, UnknownPerson } from '../../domain/attendance';
import { AttendanceForget } from './attendance-forget';
import { AttendanceTimes } from './attendance-times';

/** One roll entry (or one person not on the roll): the name, the names they used, and their times. */
export function AttendanceRow({
  row,
  format,
}: {
  row: Row | UnknownPerson;
  format: (ms: number) => string;
}) {
  const { t } = useTranslation();
  const name = 'rollId' in row ? row.name : row.screenName || t('roster.unnamed');
  const aliases = row.screenNames.filter((screenName) => screenName !== name);
  return (
    <li className="attendance-row" data-testid="attendance-row" data-status={row.status}>
      <div className="attendance-row__head">
        <div className="attendance-row__name">{name}</div>
        <AttendanceForget row={row} name={name} />
      </div>
      {aliases.length > 0 ? (
        <div className="attendance-row__aliases">
          {t('attendance.alsoKnownAs', { names: aliases.join(', ') })}
        </div>
      ) : null}
      <AttendanceTimes times={row} format={format} />
    </li>
  );
}

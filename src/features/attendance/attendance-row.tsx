import { useTranslation } from 'react-i18next';
import type { AttendanceRow as Row, UnknownPerson } from '../../domain/attendance';
import { ForgetButton } from '../../components/ui/forget-button';
import { useForgetParticipant, useForgetRollEntry } from '../../hooks/use-forget';
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
        {'rollId' in row ? (
          <ForgetEntry rollId={row.rollId} name={name} />
        ) : (
          <ForgetUnknown row={row} name={name} />
        )}
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

function ForgetEntry({ rollId, name }: { rollId: string; name: string }) {
  return <ForgetButton name={name} onForget={useForgetRollEntry(rollId, name)} />;
}

function ForgetUnknown({ row, name }: { row: UnknownPerson; name: string }) {
  const forget = useForgetParticipant(row.participantUUIDs, row.screenNames, name);
  return <ForgetButton name={name} onForget={forget} />;
}

import type { AttendanceRow, UnknownPerson } from '../../domain/attendance';
import { ForgetButton } from '../../components/ui/forget-button';
import { useForgetParticipant, useForgetRollEntry } from '../../hooks/use-forget';

const NONE: readonly string[] = [];

/**
 * "Forget…" on an attendance row: a roll entry (by its entry), or someone not on the roll (by
 * every participant id and display name the log has for them).
 */
export function AttendanceForget({
  row,
  name,
}: {
  row: AttendanceRow | UnknownPerson;
  name: string;
}) {
  const onRoll = 'rollId' in row;
  const forgetEntry = useForgetRollEntry(onRoll ? row.rollId : '', name);
  const forgetPerson = useForgetParticipant(
    onRoll ? NONE : row.participantUUIDs,
    onRoll ? NONE : row.screenNames,
    name,
  );
  return <ForgetButton name={name} onForget={onRoll ? forgetEntry : forgetPerson} />;
}

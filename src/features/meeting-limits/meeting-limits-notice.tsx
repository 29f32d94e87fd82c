import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { meetingLimitsOf } from '../../store/meeting-slice';
import { selectStatus } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

/** Words for each refused API (static keys, so the catalog test sees them used). */
function apiPhrase(t: TFunction, api: string): string {
  switch (api) {
    case 'getMeetingParticipants':
      return t('meetingLimits.api.getMeetingParticipants');
    case 'getWaitingRoomParticipants':
      return t('meetingLimits.api.getWaitingRoomParticipants');
    case 'getWaitingRoomState':
      return t('meetingLimits.api.getWaitingRoomState');
    case 'setWaitingRoomState':
      return t('meetingLimits.api.setWaitingRoomState');
    case 'admitParticipantFromWaitingRoom':
      return t('meetingLimits.api.admitParticipantFromWaitingRoom');
    default:
      return t('meetingLimits.api.putParticipantToWaitingRoom');
  }
}

/**
 * What Doorkeeper cannot do here, said at once ("never claim what is not true"): in a breakout
 * room, while rooms are open, in Zoom's web client, as a guest, or as a co-host Zoom refuses some
 * controls; and, while locked, that the lock cannot be enforced when Zoom will not let it act.
 */
export function MeetingLimitsNotice() {
  const { t, i18n } = useTranslation();
  const status = useAppStore(selectStatus);
  const breakout = useAppStore((state) => state.breakout);
  const clientInfo = useAppStore((state) => state.connection.clientInfo);
  const deniedApis = useAppStore((state) => state.deniedApis);
  const locked = useAppStore((state) => state.lock.locked !== null);
  const host = useAppStore((state) => state.me?.role === 'host');
  const limits = useMemo(() => meetingLimitsOf(clientInfo, deniedApis), [clientInfo, deniedApis]);
  if (status !== 'ready') return null;

  const lines: Array<{ key: string; text: string; alert?: boolean }> = [];
  if (breakout.roomUUID !== null)
    lines.push({
      key: 'room',
      text: breakout.roomName
        ? t('meetingLimits.inRoom', { room: breakout.roomName })
        : t('meetingLimits.inRoomUnnamed'),
    });
  else if (breakout.roomsOpen === true)
    lines.push({ key: 'open', text: t('meetingLimits.roomsOpen') });
  if (limits.guest) lines.push({ key: 'guest', text: t('meetingLimits.guest') });
  if (limits.webClient) lines.push({ key: 'web', text: t('meetingLimits.webClient') });
  else if (limits.denied.length > 0) {
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      limits.denied.map((api) => apiPhrase(t, api)),
    );
    // "Ask the host…" is no advice to the host: they are pointed to Zoom's own controls instead.
    lines.push({
      key: 'denied',
      text: host ? t('meetingLimits.deniedHost', { list }) : t('meetingLimits.denied', { list }),
    });
  }
  if (locked && limits.cannotEnforce)
    lines.push({ key: 'enforce', text: t('meetingLimits.lockCannotEnforce'), alert: true });
  if (lines.length === 0) return null;

  return (
    <section className="meeting-limits" aria-label={t('meetingLimits.label')}>
      {lines.map((line) => (
        <p
          key={line.key}
          className={`meeting-limits__line${line.alert ? ' meeting-limits__line--alert' : ''}`}
          role={line.alert ? 'alert' : 'status'}
        >
          {line.text}
        </p>
      ))}
    </section>
  );
}

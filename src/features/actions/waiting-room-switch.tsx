import { useTranslation } from 'react-i18next';
import { WAITING_ROOM_TARGET } from '../../store/actions-slice';
import { selectActionFor } from '../../store/action-selectors';
import { selectWaitingRoomEnabled } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

const selectSwitchAction = selectActionFor(WAITING_ROOM_TARGET);

/** The meeting's waiting room, on or off. The lock keeps it on, so it cannot be turned off while locked. */
export function WaitingRoomSwitch() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const enabled = useAppStore(selectWaitingRoomEnabled);
  const item = useAppStore(selectSwitchAction);
  const locked = useAppStore((state) => state.lock.locked !== null);
  const pending = item?.status === 'queued' || item?.status === 'running';
  const blocked = pending || enabled === null || (locked && enabled);
  const state =
    enabled === null
      ? t('actions.waitingRoomUnknown')
      : enabled
        ? t('actions.waitingRoomOn')
        : t('actions.waitingRoomOff');

  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={enabled === true}
      aria-label={t('actions.waitingRoomSwitch')}
      disabled={blocked}
      title={locked && enabled ? t('actions.waitingRoomLocked') : undefined}
      onClick={() => store.getState().setWaitingRoom(!enabled)}
    >
      <span className="switch__track" aria-hidden="true" />
      <span className="switch__label">
        {t('actions.waitingRoomSwitch')}: {pending ? t('actions.pending.setWaitingRoom') : state}
      </span>
    </button>
  );
}

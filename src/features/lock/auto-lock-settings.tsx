import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { useFormatters } from '../../i18n/format';
import { parseTimeInput, pastWallClock, toTimeInput } from './time-format';

const LEADS_MS = [30_000, 60_000, 120_000, 300_000];

/** The meeting's start (correctable), the warning lead time, and "lock early once everyone is here". */
export function AutoLockSettings() {
  const { t } = useTranslation();
  const format = useFormatters();
  const store = useAppStoreApi();
  const { startedAt, warnLeadMs, lockEarly, hasRoll } = useAppStore(
    useShallow((state) => ({
      startedAt: state.lockMeeting.startedAt,
      warnLeadMs: state.lock.settings.warnLeadMs,
      lockEarly: state.lock.settings.lockWhenRollComplete,
      hasRoll: state.roll !== null,
    })),
  );
  const [start, setStart] = useState(() => (startedAt === null ? '' : toTimeInput(startedAt)));
  const leadLabel = (ms: number) =>
    ms < 60_000
      ? t('lock.form.warnLeadSeconds', { count: ms / 1000 })
      : t('lock.form.warnLeadMinutes', { count: ms / 60_000 });

  const correct = () => {
    const parsed = parseTimeInput(start);
    if (parsed)
      store.getState().correctMeetingStart(pastWallClock(parsed.hour, parsed.minute, Date.now()));
  };

  return (
    <div className="auto-lock-settings">
      {startedAt !== null ? (
        <div className="auto-lock-settings__start">
          <p>{t('lock.form.startedAt', { time: format.time(startedAt) })}</p>
          <p className="auto-lock-settings__hint">{t('lock.form.startedAtHint')}</p>
          <div className="auto-lock-settings__row">
            <label className="modal__field modal__field--inline">
              {t('lock.form.correctStart')}
              <input type="time" value={start} onChange={(event) => setStart(event.target.value)} />
            </label>
            <button type="button" className="button button--small" onClick={correct}>
              {t('lock.form.saveStart')}
            </button>
          </div>
        </div>
      ) : null}
      <label className="modal__field modal__field--inline">
        {t('lock.form.warnLead')}
        <select
          value={warnLeadMs}
          onChange={(event) =>
            store.getState().updateLockSettings({ warnLeadMs: Number(event.target.value) })
          }
        >
          {(LEADS_MS.includes(warnLeadMs) ? LEADS_MS : [...LEADS_MS, warnLeadMs]).map((ms) => (
            <option key={ms} value={ms}>
              {leadLabel(ms)}
            </option>
          ))}
        </select>
      </label>
      <label className="modal__choice">
        <input
          type="checkbox"
          checked={lockEarly}
          disabled={!hasRoll}
          onChange={(event) =>
            store.getState().updateLockSettings({ lockWhenRollComplete: event.target.checked })
          }
        />
        {hasRoll ? t('lock.form.lockEarly') : t('lock.form.lockEarlyNoRoll')}
      </label>
    </div>
  );
}

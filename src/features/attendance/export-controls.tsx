import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEvent, AttendanceView } from '../../domain/attendance';
import {
  attendanceJson,
  attendanceLogCsv,
  attendanceViewCsv,
  exportFileName,
} from '../../domain/export';
import type { NamePrivacy } from '../../domain/export';
import { selectSettings } from '../../store/persistence-slice';
import { selectMeetingInfo } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { downloadText } from './download';

const PRIVACY: readonly NamePrivacy[] = ['full', 'privacyName', 'initials'];
const CSV = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json;charset=utf-8';

/** Downloads of the attendance (CSV), the event log (CSV) and both (JSON), with a names choice. */
export function ExportControls({
  view,
  log,
}: {
  view: AttendanceView;
  log: readonly AttendanceEvent[];
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const privacy = useAppStore(selectSettings).exportPrivacy;
  const meeting = useAppStore(selectMeetingInfo);
  const selectId = useId();
  const topic = meeting?.topic ?? '';
  const options = { privacy };

  const download = (kind: 'attendance' | 'log' | 'json') => {
    const now = Date.now();
    if (kind === 'json') {
      const text = attendanceJson(
        view,
        log,
        { topic, meetingUUID: meeting?.meetingUUID },
        now,
        options,
      );
      downloadText(text, exportFileName(topic, now, 'json'), JSON_TYPE);
    } else if (kind === 'log') {
      downloadText(attendanceLogCsv(log, options), exportFileName(topic, now, 'csv', 'log'), CSV);
    } else {
      downloadText(attendanceViewCsv(view, options), exportFileName(topic, now, 'csv'), CSV);
    }
  };

  return (
    <section className="attendance-export" aria-labelledby={`${selectId}-title`}>
      <h2 className="attendance__title" id={`${selectId}-title`}>
        {t('exports.title')}
      </h2>
      <label className="attendance-export__privacy" htmlFor={selectId}>
        {t('exports.privacyLabel')}
        <select
          id={selectId}
          value={privacy}
          onChange={(event) =>
            void store
              .getState()
              .updateSettings({ exportPrivacy: event.target.value as NamePrivacy })
          }
        >
          {PRIVACY.map((choice) => (
            <option key={choice} value={choice}>
              {t(`exports.privacy.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="attendance-export__buttons">
        <button type="button" className="button" onClick={() => download('attendance')}>
          {t('exports.csv')}
        </button>
        <button type="button" className="button" onClick={() => download('log')}>
          {t('exports.logCsv')}
        </button>
        <button type="button" className="button" onClick={() => download('json')}>
          {t('exports.json')}
        </button>
      </div>
      <p className="attendance__note">{t('exports.note')}</p>
    </section>
  );
}

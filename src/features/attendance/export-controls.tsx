import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceEvent, AttendanceView } from '../../domain/attendance';
import {
  MACHINE_LABELS,
  attendanceJson,
  attendanceLogCsv,
  attendanceViewCsv,
  attendanceViewTable,
  exportFileName,
} from '../../domain/export';
import type { NamePrivacy } from '../../domain/export';
import type { RollEntry } from '../../domain/matching';
import { useFormatters } from '../../i18n/format';
import { selectSettings } from '../../store/persistence-slice';
import { selectMeetingInfo } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { downloadBlob, downloadText } from './download';
import { exportLabels } from './export-labels';

const PRIVACY: readonly NamePrivacy[] = ['full', 'privacyName', 'initials'];
const NO_ENTRIES: readonly RollEntry[] = [];
const CSV = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json;charset=utf-8';

type Kind = 'attendance' | 'xlsx' | 'log' | 'json';

/**
 * Downloads of the attendance (CSV and Excel), the event log (CSV) and both (JSON), with a names
 * choice. CSV uses the host's region's list separator and local times with their offset; headers
 * and values are in the panel's language unless the host asks for English machine headers.
 */
export function ExportControls({
  view,
  log,
}: {
  view: AttendanceView;
  log: readonly AttendanceEvent[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const store = useAppStoreApi();
  const privacy = useAppStore(selectSettings).exportPrivacy;
  const meeting = useAppStore(selectMeetingInfo);
  const roll = useAppStore((state) => state.roll)?.entries ?? NO_ENTRIES;
  const [machine, setMachine] = useState(false);
  const [xlsx, setXlsx] = useState<'idle' | 'busy' | 'failed'>('idle');
  const selectId = useId();
  const topic = meeting?.topic ?? '';
  const options = {
    privacy,
    labels: machine ? MACHINE_LABELS : exportLabels(t),
    delimiter: format.csvDelimiter,
    timeZone: format.timeZone,
  };

  const download = async (kind: Kind) => {
    const now = Date.now();
    if (kind === 'json') {
      const meetingInfo = { topic, meetingUUID: meeting?.meetingUUID };
      const text = attendanceJson(view, log, meetingInfo, now, { privacy, roll });
      downloadText(text, exportFileName(topic, now, 'json'), JSON_TYPE);
    } else if (kind === 'log') {
      downloadText(attendanceLogCsv(log, options), exportFileName(topic, now, 'csv', 'log'), CSV);
    } else if (kind === 'attendance') {
      downloadText(attendanceViewCsv(view, roll, options), exportFileName(topic, now, 'csv'), CSV);
    } else {
      setXlsx('busy');
      try {
        const { tableXlsx } = await import('./xlsx-export');
        const table = attendanceViewTable(view, roll, options);
        const blob = await tableXlsx(table, 'Doorkeeper', format.timeZone);
        downloadBlob(blob, exportFileName(topic, now, 'xlsx'));
        setXlsx('idle');
      } catch {
        setXlsx('failed');
      }
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
      <label className="attendance-export__machine">
        <input
          type="checkbox"
          checked={machine}
          onChange={(event) => setMachine(event.target.checked)}
        />
        {t('exports.machineHeaders')}
      </label>
      <div className="attendance-export__buttons">
        <button type="button" className="button" onClick={() => void download('attendance')}>
          {t('exports.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={xlsx === 'busy'}
          onClick={() => void download('xlsx')}
        >
          {t('exports.xlsx')}
        </button>
        <button type="button" className="button" onClick={() => void download('log')}>
          {t('exports.logCsv')}
        </button>
        <button type="button" className="button" onClick={() => void download('json')}>
          {t('exports.json')}
        </button>
      </div>
      {xlsx === 'busy' ? <p role="status">{t('exports.preparing')}</p> : null}
      {xlsx === 'failed' ? <p role="alert">{t('exports.xlsxFailed')}</p> : null}
      <p className="attendance__note">{t('exports.note')}</p>
    </section>
  );
}

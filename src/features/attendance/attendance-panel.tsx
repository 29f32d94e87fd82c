import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { selectAttendanceLog } from '../../store/attendance-slice';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { AttendanceRow } from './attendance-row';
import { AttendanceSummary } from './attendance-summary';
import { EventLog } from './event-log';
import { ExportControls } from './export-controls';
import { HeldList } from './held-list';
import { RollOffer } from './roll-offer';
import { useAttendance } from './use-attendance';
import './attendance.css';

/** The attendance tab: the summary, one row per roll entry, people not on the roll, held people, exports. */
export function AttendancePanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { view, hasRoll, phase, reconstructedCount, firstOpen } = useAttendance();
  const log = useAppStore(selectAttendanceLog);
  const format = useFormatters().time;

  if (phase === 'stopped')
    return (
      <div className="attendance attendance--stopped" role="status">
        <h2 className="attendance__title">{t('attendance.stoppedTitle')}</h2>
        <p>{t('attendance.stoppedBody')}</p>
        <button
          type="button"
          className="button"
          onClick={() => store.getState().resumeAttendance()}
        >
          {t('attendance.resume')}
        </button>
      </div>
    );

  return (
    <div className="attendance">
      <AttendanceSummary summary={view.summary} />
      {reconstructedCount > 0 ? (
        <p className="attendance__note" data-testid="reconstructed-note">
          {t(firstOpen ? 'attendance.firstOpenNote' : 'attendance.reconstructedNote', {
            count: reconstructedCount,
          })}
        </p>
      ) : null}
      <p className="attendance__note">
        {t('attendance.graceNote', {
          minutes: Math.round(view.graceMs / 60_000),
          time: format(view.meetingStart),
        })}
      </p>
      {hasRoll ? (
        <section aria-label={t('attendance.rollTitle', { count: view.rows.length })}>
          <h2 className="attendance__title">
            {t('attendance.rollTitle', { count: view.rows.length })}
          </h2>
          <ul className="attendance__list">
            {view.rows.map((row) => (
              <AttendanceRow key={row.rollId} row={row} format={format} />
            ))}
          </ul>
        </section>
      ) : (
        <>
          <p className="attendance__note">{t('attendance.noRoll')}</p>
          <RollOffer />
        </>
      )}
      <section aria-label={t('attendance.unknownTitle', { count: view.unknown.length })}>
        <h2 className="attendance__title">
          {t('attendance.unknownTitle', { count: view.unknown.length })}
        </h2>
        {view.unknown.length === 0 ? (
          <p className="attendance__empty">{t('attendance.noUnknown')}</p>
        ) : (
          <ul className="attendance__list">
            {view.unknown.map((person) => (
              <AttendanceRow key={person.participantUUIDs[0]} row={person} format={format} />
            ))}
          </ul>
        )}
      </section>
      <section aria-label={t('attendance.heldTitle', { count: view.held.length })}>
        <h2 className="attendance__title">
          {t('attendance.heldTitle', { count: view.held.length })}
        </h2>
        <HeldList held={view.held} format={format} />
      </section>
      <ExportControls view={view} log={log} />
      <EventLog log={log} format={format} />
    </div>
  );
}

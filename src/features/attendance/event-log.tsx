import { useTranslation } from 'react-i18next';
import type { AttendanceEvent } from '../../domain/attendance';
import { UncertainMark } from './uncertain-mark';

const SHOWN = 200;

/** The raw log, newest first (the latest 200; the exports hold all), pieced-together events marked. */
export function EventLog({
  log,
  format,
}: {
  log: readonly AttendanceEvent[];
  format: (ms: number) => string;
}) {
  const { t } = useTranslation();
  const latest = log.slice(-SHOWN).reverse();
  const describe = (event: AttendanceEvent): string => {
    switch (event.kind) {
      case 'lock':
        return t('attendance.log.lock');
      case 'unlock':
        return t('attendance.log.unlock');
      case 'rollCallStart':
        return t('attendance.log.rollCallStart');
      case 'rollCallEnd':
        return t('attendance.log.rollCallEnd', {
          present: event.present ?? 0,
          absent: event.absent ?? 0,
        });
      case 'erasure':
        return t('attendance.log.erasure', { count: event.removed });
      case 'rename':
        return t('attendance.log.rename', { name: event.screenName, previous: event.previousName });
      case 'verification':
        return t('attendance.log.verification', {
          name: event.screenName || t('roster.unnamed'),
          verdict: t(`identity.verdict.${event.verdict}`),
        });
      default:
        return t(`attendance.log.${event.kind}`, {
          name: event.screenName || t('roster.unnamed'),
        });
    }
  };
  return (
    <details className="attendance-log">
      <summary>{t('attendance.log.title', { count: log.length })}</summary>
      {log.length > SHOWN ? (
        <p className="attendance__note">
          {t('attendance.log.more', { shown: SHOWN, total: log.length })}
        </p>
      ) : null}
      <ol className="attendance-log__list">
        {latest.map((event, index) => (
          <li
            key={`${event.at}-${index}`}
            data-testid="log-event"
            data-reconstructed={event.reconstructed}
          >
            <time dateTime={new Date(event.at).toISOString()}>{format(event.at)}</time>{' '}
            {describe(event)}
            {'by' in event && event.by ? ` (${t(`attendance.log.by.${event.by}`)})` : null}
            {event.reconstructed ? (
              <>
                {' '}
                <UncertainMark />
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

/**
 * "Load this meeting's registrations" (a toolbar add-on): the meeting's approved registrants from
 * Zoom, through Doorkeeper's server, into the roll import preview. Says plainly why it failed.
 */
export function LoadRegistrations() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const inMeeting = useAppStore((state) => state.meetingInfo !== null);
  const { status, problem } = useAppStore((state) => state.registrations);
  if (!inMeeting) return null;
  const busy = status === 'loading' || status === 'authorizing';
  return (
    <div className="identity-toolbar">
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() => void store.getState().loadRegistrations()}
      >
        {t('registrations.load')}
      </button>
      {busy ? (
        <span className="identity-toolbar__note" role="status">
          {t(`registrations.status.${status}`)}
        </span>
      ) : null}
      {status === 'failed' && problem ? (
        <span className="identity-toolbar__note" role="alert">
          {t(`registrations.problem.${problem}`)}
        </span>
      ) : null}
    </div>
  );
}

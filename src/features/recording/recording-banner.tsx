import { useTranslation } from 'react-i18next';
import { getPreset } from '../../domain/checklist/presets';
import { useProblemText } from '../../hooks/use-problem-text';
import { selectCloudRecording, selectRecordingWork } from '../../store/recording-slice';
import { selectStatus } from '../../store/selectors';
import { useAppActions, useAppStore } from '../../store/store-context';

/**
 * The cloud recording, live under the header: one status line, and where the preset says "no
 * recording", a warning with one-click Stop while a recording runs (or is paused: what it has
 * recorded is still kept). Nothing while the state is unknown (Zoom tells hosts and co-hosts only).
 */
export function RecordingBanner() {
  const { t } = useTranslation();
  const { sentence } = useProblemText();
  const status = useAppStore(selectStatus);
  const recording = useAppStore(selectCloudRecording);
  const forbidden = useAppStore(
    (state) => getPreset(state.checklistPreset).recording === 'forbidden',
  );
  const work = useAppStore(selectRecordingWork);
  const { stopCloudRecording } = useAppActions();
  if (status !== 'ready' || recording === null) return null;
  const on = recording !== 'stopped';
  const line = (
    <p
      className={`recording-status${on ? ' recording-status--on' : ''}`}
      data-testid="recording-status"
      data-state={recording}
    >
      {on ? (
        <span className="recording-status__dot" aria-hidden="true">
          ●
        </span>
      ) : null}
      {t(`recording.status.${recording}`)}
    </p>
  );
  if (!on || !forbidden) return line;
  return (
    <section
      className="recording-banner"
      role="alert"
      aria-label={t('recording.banner.label')}
      data-testid="recording-banner"
    >
      {line}
      <p className="recording-banner__text">{t('recording.banner.forbidden')}</p>
      <button
        type="button"
        className="button button--primary button--small"
        disabled={work.kind === 'pending'}
        aria-busy={work.kind === 'pending'}
        onClick={() => stopCloudRecording()}
      >
        {work.kind === 'pending' ? t('recording.banner.stopping') : t('recording.banner.stop')}
      </button>
      {work.kind === 'failed' ? (
        <p className="recording-banner__failed">{sentence(work.problem.kind)}</p>
      ) : null}
    </section>
  );
}

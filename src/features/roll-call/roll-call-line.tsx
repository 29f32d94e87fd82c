import { useTranslation } from 'react-i18next';
import type { CallOutLine } from '../../domain/roll-call/call-out';
import { isolate } from '../../components/ui/isolate';
import { useAppActions } from '../../store/store-context';

/** One roll entry in the call-out list: its state, and Present (admit) or Absent. */
export function RollCallLine({ line }: { line: CallOutLine }) {
  const { t } = useTranslation();
  const { markRollPresent, markRollAbsent } = useAppActions();
  const { entry } = line;
  // Isolated like every name in a label: a right-to-left roll name cannot reorder the words around it.
  const name = isolate(entry.name);
  const state =
    line.mark === 'absent'
      ? t('rollCall.state.absent')
      : line.inMeeting
        ? t('rollCall.state.present')
        : line.waiting.length > 0
          ? t('rollCall.state.waiting')
          : t('rollCall.state.notHere');
  return (
    <li className="roll-call__line" data-testid="roll-call-line" data-roll-id={entry.id}>
      <span className="roll-call__name" dir="auto">
        {entry.name}
      </span>
      <span className="roll-call__state">{state}</span>
      {line.mark === null && !line.inMeeting ? (
        <span className="roll-call__buttons">
          {line.waiting.length > 0 ? (
            <button
              type="button"
              className="button button--primary button--small"
              aria-label={t('rollCall.presentFor', { name })}
              onClick={() => markRollPresent(entry.id, line.waiting)}
            >
              {t('rollCall.present')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            aria-label={t('rollCall.absentFor', { name })}
            onClick={() => markRollAbsent(entry.id)}
          >
            {t('rollCall.absent')}
          </button>
        </span>
      ) : null}
    </li>
  );
}

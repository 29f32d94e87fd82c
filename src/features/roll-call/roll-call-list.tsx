import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { callOutList } from '../../domain/roll-call/call-out';
import { selectRollCall } from '../../store/roll-call-slice';
import { selectMatchByUUID, selectRoll } from '../../store/roll-selectors';
import { useAppActions, useAppStore } from '../../store/store-context';
import { RollCallLine } from './roll-call-line';

/**
 * The Roll tab during a roll call: the roll in its order, each entry admitted as they answer or
 * marked absent; people on no roll entry stay waiting. Ends unlocked or still locked.
 */
export function RollCallList() {
  const { t } = useTranslation();
  const rollCall = useAppStore(selectRollCall);
  const roll = useAppStore(selectRoll);
  const participants = useAppStore((state) => state.roster.participants);
  const matches = useAppStore(selectMatchByUUID);
  const { endRollCall } = useAppActions();
  const lines = useMemo(
    () =>
      rollCall && roll
        ? callOutList(roll.entries, [...participants.values()], matches, rollCall.marks)
        : [],
    [rollCall, roll, participants, matches],
  );
  if (!rollCall) return null;
  const unanswered = lines.filter((line) => line.mark === null).length;
  return (
    <section className="roll-call" aria-labelledby="roll-call-title" data-testid="roll-call">
      <h2 className="roll-view__title" id="roll-call-title">
        {t('rollCall.title')}
      </h2>
      <p className="roll-view__intro">{t('rollCall.intro', { count: unanswered })}</p>
      <ol className="roll-call__list">
        {lines.map((line) => (
          <RollCallLine key={line.entry.id} line={line} />
        ))}
      </ol>
      <div className="roll-call__end">
        <button type="button" className="button" onClick={() => endRollCall(true)}>
          {t('rollCall.endLocked')}
        </button>
        <button type="button" className="button" onClick={() => endRollCall(false)}>
          {t('rollCall.endUnlocked')}
        </button>
      </div>
    </section>
  );
}

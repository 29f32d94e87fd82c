import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fixLabel } from '../../domain/checklist';
import type { Fix } from '../../domain/checklist';
import { translateMessage } from '../../i18n/message';
import { selectMatchByUUID } from '../../store/roll-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { planFix } from './fix-plan';
import { PeopleList } from './people-list';
import { RenamePreview } from './rename-preview';

export interface FixControlProps {
  fix: Fix;
  /** Called after a fix ran, so focus can move somewhere that still exists. */
  onDone: () => void;
}

/** The one-click fix of a checklist item: a button, a list to review or confirm, or guidance. */
export function FixControl({ fix, onDone }: FixControlProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const participants = useAppStore((state) => state.roster.participants);
  // Privacy renames take the initial from a sure match's roll entry: follow the matches too.
  useAppStore(selectMatchByUUID);
  const plan = planFix(fix, store, participants);
  const label = translateMessage(t, fixLabel(fix));

  const run = (action: () => boolean) => {
    const ok = action();
    setFailed(!ok);
    if (ok) {
      setOpen(false);
      onDone();
    }
  };

  if (plan.kind === 'guidance')
    return <p className="checklist-item__guidance">{translateMessage(t, { key: plan.key })}</p>;

  if (plan.kind === 'run') {
    return (
      <div className="checklist-item__fix">
        <button type="button" className="button button--primary" onClick={() => run(plan.run)}>
          {label}
        </button>
        {failed ? (
          <p className="checklist-item__failed" role="alert">
            {t('checklistView.fixFailed')}
          </p>
        ) : null}
      </div>
    );
  }

  const listId = `${id}-list`;
  return (
    <div className="checklist-item__fix">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && plan.kind === 'review' ? (
        <PeopleList id={listId} label={t('checklistView.peopleLabel')} people={plan.people} />
      ) : null}
      {open && plan.kind === 'rename' ? (
        <RenamePreview id={listId} renames={plan.renames} onConfirm={() => run(plan.run)} />
      ) : null}
      {failed ? (
        <p className="checklist-item__failed" role="alert">
          {t('checklistView.fixFailed')}
        </p>
      ) : null}
    </div>
  );
}

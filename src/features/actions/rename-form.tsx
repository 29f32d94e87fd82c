import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import type { RosterParticipant } from '../../domain/meeting/types';
import { getPreset } from '../../domain/checklist/presets';
import { privacyNameFor, rollNameFor } from '../../store/bulk-plan';
import { selectMatchByUUID } from '../../store/roll-selectors';
import { useAppStoreApi } from '../../store/store-context';
import { isolate } from './isolate';

type Choice = 'roll' | 'privacy' | 'custom';

/**
 * Rename to the roll name, to the privacy name ("Jane D."), or to anything typed. For someone in
 * the waiting room, where Zoom renames nobody, it is "Admit and rename": one action that admits
 * them and gives the name the moment they are in.
 */
export function RenameForm({
  participant,
  onClose,
}: {
  participant: RosterParticipant;
  onClose: () => void;
}) {
  const admitFirst = participant.location === 'waitingRoom';
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  // Read once: the choices are those of the moment the form opened.
  const [names] = useState(() => {
    const state = store.getState();
    const match = selectMatchByUUID(state).get(participant.participantUUID);
    // An anonymous group's preset offers privacy names only: a roll name can reveal a surname.
    const rollName = getPreset(state.checklistPreset).rollNameRenames
      ? rollNameFor(state, participant.participantUUID)
      : null;
    const entries = new Map(state.roll?.entries.map((entry) => [entry.id, entry]) ?? []);
    return { rollName, privacy: privacyNameFor(participant, match, entries) };
  });
  const [choice, setChoice] = useState<Choice>(
    names.rollName ? 'roll' : names.privacy ? 'privacy' : 'custom',
  );
  const [custom, setCustom] = useState(participant.screenName);
  const target = choice === 'roll' ? names.rollName : choice === 'privacy' ? names.privacy : custom;
  const valid = (target ?? '').trim() !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || target === null) return;
    if (admitFirst) store.getState().admitAndRename(participant.participantUUID, target);
    else
      store
        .getState()
        .rename([{ participantUUID: participant.participantUUID, screenName: target }]);
    onClose();
  };

  const option = (value: Choice, label: string) => (
    <label className="modal__choice">
      <input
        type="radio"
        name={`${id}-choice`}
        value={value}
        checked={choice === value}
        onChange={() => setChoice(value)}
      />
      {label}
    </label>
  );

  return (
    <Modal
      title={t(admitFirst ? 'actions.admitAndRenameTitle' : 'actions.renameTitle', {
        name: isolate(participant.screenName || t('roster.unnamed')),
      })}
      onClose={onClose}
    >
      <form className="modal__form" onSubmit={submit}>
        {admitFirst ? <p className="modal__body">{t('actions.admitAndRenameBody')}</p> : null}
        {names.rollName
          ? option('roll', t('actions.renameToRoll', { name: isolate(names.rollName) }))
          : null}
        {names.privacy
          ? option('privacy', t('actions.renameToPrivacy', { name: isolate(names.privacy) }))
          : null}
        {option('custom', t('actions.renameCustom'))}
        {choice === 'custom' ? (
          <label className="modal__field">
            {t('actions.renameCustomLabel')}
            <input
              type="text"
              value={custom}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setCustom(event.target.value)}
            />
          </label>
        ) : null}
        <div className="modal__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!valid}>
            {admitFirst ? t('actions.admitAndRenameSubmit') : t('actions.renameSubmit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

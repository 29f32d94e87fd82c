import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollEntry } from '../../domain/matching';
import type { RosterParticipant } from '../../domain/meeting/types';
import { selectMatchByUUID, selectRoll, selectRollEntryMap } from '../../store/roll-selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { heldNames } from './describe-match';
import { rollEntryMatcher } from './roll-search';

/** How many roll entries the picker lists at once; typing narrows a long roll down. */
export const PICKER_LIMIT = 50;

const NO_ENTRIES: readonly RollEntry[] = [];

const NAME_SLOT = '\u0001';

/** Search the roll, tick one or several entries, Link; or Unlink what the participant holds. */
export function LinkPicker({
  participant,
  onDone,
}: {
  participant: RosterParticipant;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const uuid = participant.participantUUID;
  const entries = useAppStore(selectRoll)?.entries ?? NO_ENTRIES;
  const byId = useAppStore(selectRollEntryMap);
  const match = useAppStore((state) => selectMatchByUUID(state).get(uuid));
  const linked =
    match?.flags.includes('manual') && match.rollId
      ? [match.rollId, ...(match.extraRollIds ?? [])]
      : [];
  const [selected, setSelected] = useState<readonly string[]>(linked);
  const [query, setQuery] = useState('');
  // Ambiguous names and second devices are offered their candidates; an impostor's target is not.
  const suggested = match && !match.flags.includes('impostor') ? (match.candidates ?? []) : [];

  const { shown, total } = useMemo(() => {
    const fits = rollEntryMatcher(entries, query);
    const found = [];
    let count = 0;
    for (let i = 0; i < entries.length; i++) {
      if (!fits(i)) continue;
      count++;
      if (found.length < PICKER_LIMIT) found.push(entries[i]!);
    }
    return { shown: found, total: count };
  }, [entries, query]);
  const listed = query
    ? shown
    : [
        ...suggested.flatMap((s) => byId.get(s) ?? []),
        ...shown.filter((e) => !suggested.includes(e.id)),
      ].slice(0, PICKER_LIMIT);

  const toggle = (rollId: string, on: boolean) =>
    setSelected((current) => (on ? [...current, rollId] : current.filter((x) => x !== rollId)));

  const save = () => {
    const actions = store.getState();
    for (const rollId of linked) if (!selected.includes(rollId)) actions.unlink(uuid, rollId);
    if (selected.length > 0) actions.link(uuid, selected);
    onDone();
  };

  const held = match ? heldNames(match, byId) : [];
  // The name is a placeholder inside the sentence (word order differs by language), rendered as
  // its own isolated element: the text is split at a marker no translation contains.
  const [introBefore, introAfter = ''] = t('roll.link.intro', { name: NAME_SLOT }).split(NAME_SLOT);
  return (
    <div className="link-picker__body">
      <p className="link-picker__intro">
        {introBefore}
        <bdi className="link-picker__who">{participant.screenName || t('roster.unnamed')}</bdi>
        {introAfter}
      </p>
      {held.length > 0 ? (
        <div className="link-picker__current">
          <span>
            {t('roll.link.current')} <bdi>{held.join(', ')}</bdi>
          </span>
          <button
            type="button"
            className="button"
            onClick={() => {
              store.getState().unlink(uuid);
              onDone();
            }}
          >
            {t('roll.link.unlink')}
          </button>
        </div>
      ) : null}
      <label htmlFor={`${id}-search`} className="link-picker__label">
        {t('roll.link.search')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="search-box__input"
        data-autofocus=""
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <fieldset className="link-picker__options">
        <legend className="visually-hidden">{t('roll.link.choose')}</legend>
        {listed.length === 0 ? <p>{t('roll.link.noResults')}</p> : null}
        {listed.map((entry) => (
          <label key={entry.id} className="link-picker__option">
            <input
              type="checkbox"
              checked={selected.includes(entry.id)}
              onChange={(event) => toggle(entry.id, event.target.checked)}
            />
            <bdi>{entry.name}</bdi>
            {entry.email ? <span className="link-picker__email">{entry.email}</span> : null}
          </label>
        ))}
        {total > shown.length ? (
          <p className="link-picker__more">{t('roll.link.more', { shown: shown.length, total })}</p>
        ) : null}
      </fieldset>
      <div className="roll-modal__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('roll.link.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={selected.length === 0 && linked.length === 0}
          onClick={save}
        >
          {t('roll.link.save')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppActions } from '../../store/store-context';
import { OpeningEditor } from './opening-editor';
import { PostOrCopy } from './post-or-copy';
import './opening-message.css';
import { useOpeningMessage } from './use-opening-message';

/**
 * The opening message for participants (issue 15): the preset's text or the host's own, to post to
 * the meeting chat or copy and read out; the host may edit it, and the edit is kept with the roll.
 */
export function OpeningMessage() {
  const { t } = useTranslation();
  const { presetName, text, edit, save, rollName } = useOpeningMessage();
  const { saveOpeningMessage } = useAppActions();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Back from the editor (Save or Cancel): focus returns to Edit, where the host left off.
  useEffect(() => {
    if (editing) opened.current = true;
    else if (opened.current) editButton.current?.focus();
  }, [editing]);
  const source =
    edit === null
      ? t('opening.fromPreset', { preset: presetName })
      : edit.rollId !== null && rollName !== null
        ? t('opening.savedWithRoll', { roll: rollName })
        : t('opening.unsaved');
  return (
    <section
      className="opening-message"
      aria-labelledby="opening-message-title"
      data-testid="opening-message"
    >
      <h3 className="opening-message__title" id="opening-message-title">
        {t('opening.title')}
      </h3>
      <p className="opening-message__hint">{t('opening.hint')}</p>
      {editing ? (
        <OpeningEditor
          initial={text}
          onCancel={() => setEditing(false)}
          onSave={(next) => {
            setEditing(false);
            void saveOpeningMessage(next);
          }}
        />
      ) : (
        <>
          <p className="opening-message__text" data-testid="opening-message-text">
            {text}
          </p>
          <p className="opening-message__source" data-testid="opening-message-source">
            {source}{' '}
            {save === 'saved'
              ? t('opening.saved')
              : save === 'failed'
                ? t('opening.saveFailed')
                : ''}
          </p>
          <div className="opening-message__actions">
            <button
              ref={editButton}
              type="button"
              className="button button--small"
              onClick={() => setEditing(true)}
            >
              {t('opening.edit')}
            </button>
            {edit !== null ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => void saveOpeningMessage(null)}
              >
                {t('opening.reset')}
              </button>
            ) : null}
          </div>
          <PostOrCopy message={text} label={t('opening.label')} />
        </>
      )}
    </section>
  );
}

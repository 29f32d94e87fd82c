import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRollImport } from './use-roll-import';

/** A roll typed or pasted: one name per line, or cells copied from a spreadsheet. */
export function PasteBox() {
  const { t } = useTranslation();
  const { importText } = useRollImport();
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="paste-box"
      onSubmit={(event) => {
        event.preventDefault();
        importText(text);
      }}
    >
      <label htmlFor={`${id}-text`} className="paste-box__label">
        {t('roll.import.pasteLabel')}
      </label>
      <p id={`${id}-hint`} className="paste-box__hint">
        {t('roll.import.pasteHint')}
      </p>
      <textarea
        id={`${id}-text`}
        className="paste-box__text"
        aria-describedby={`${id}-hint`}
        rows={5}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button" disabled={text.trim() === ''}>
        {t('roll.import.pasteSubmit')}
      </button>
    </form>
  );
}

import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOpeningText, type OpeningTextProblem } from '../../domain/chat/opening-message';

export interface OpeningEditorProps {
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}

function useProblemText(problem: OpeningTextProblem | null): string | null {
  const { t } = useTranslation();
  if (problem === null) return null;
  return problem.kind === 'empty'
    ? t('opening.problem.empty')
    : t('opening.problem.tooLong', { length: problem.length, max: problem.max });
}

/** The host's own words: a text area, saved only when the text can be kept (nothing typed is lost). */
export function OpeningEditor({ initial, onSave, onCancel }: OpeningEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);
  // Edit was pressed and is gone: the keyboard goes on in the text it opened, not at the page's top,
  // at its start (before the paint, and said, not left to how the runtime fills a text area: Preact
  // sets its value, which leaves the caret at the end).
  useLayoutEffect(() => {
    area.current?.focus();
    area.current?.setSelectionRange(0, 0);
  }, []);
  const problem = checkOpeningText(text);
  const problemText = useProblemText(problem);
  return (
    <form
      className="opening-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (problem === null) onSave(text);
      }}
    >
      <label className="opening-editor__label" htmlFor={`${id}-text`}>
        {t('opening.textLabel')}
      </label>
      <textarea
        ref={area}
        id={`${id}-text`}
        className="opening-editor__text"
        rows={8}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problemText ? `${id}-problem` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {problemText ? (
        <p className="opening-editor__problem" id={`${id}-problem`} role="alert">
          {problemText}
        </p>
      ) : null}
      <div className="opening-message__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={problem !== null}
        >
          {t('opening.save')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('opening.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useId, useRef, useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRollImport } from './use-roll-import';

/** What the file picker offers; content decides the format, so these only steer the picker. */
export const ROLL_FILE_ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/** A place to drop a roll file, with a "Choose a file" button for the picker. */
export function DropZone({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { importFiles } = useRollImport();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    importFiles(event.dataTransfer.files);
  };

  return (
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      data-testid="roll-drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-zone__text">{t('roll.import.dropHint')}</p>
      <input
        ref={inputRef}
        id={inputId}
        className="drop-zone__input"
        type="file"
        accept={ROLL_FILE_ACCEPT}
        aria-label={t('roll.import.fileLabel')}
        onChange={(event) => {
          importFiles(event.target.files);
          // The same file chosen again (after fixing it) must fire a change again.
          event.target.value = '';
        }}
      />
      <button
        type="button"
        className="button button--primary"
        data-autofocus=""
        onClick={() => inputRef.current?.click()}
      >
        {t('roll.import.chooseFile')}
      </button>
      {children}
    </div>
  );
}

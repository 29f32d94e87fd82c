import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ROLL_BYTES } from '../../domain/roll/types';
import { useAppStoreApi } from '../../store/store-context';

/** Files far larger than any roll are refused before they are read into memory at all. */
const READ_LIMIT = MAX_ROLL_BYTES * 4;

/** The import actions for file pickers, drop zones and the paste box (stable between renders). */
export function useRollImport() {
  const { t } = useTranslation();
  const store = useAppStoreApi();

  return useMemo(() => {
    const importFile = async (file: File): Promise<void> => {
      const actions = store.getState();
      const source = { kind: 'file', name: file.name } as const;
      if (file.size > READ_LIMIT) {
        const megabytes = (file.size / (1024 * 1024)).toFixed(1);
        actions.failRollImport(
          source,
          { key: 'roll.import.tooLarge', params: { name: file.name, megabytes } },
          'too-large',
        );
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        actions.failRollImport(source, {
          key: 'roll.import.readFailed',
          params: { name: file.name },
        });
        return;
      }
      await store.getState().readRollFile(bytes, file.name);
    };

    /** The first file of a drop or a picker; the others are ignored (one roll at a time). */
    const importFiles = (files: FileList | null): void => {
      const file = files?.[0];
      if (file) void importFile(file);
    };

    const importText = (text: string): void =>
      void store.getState().readRollText(text, t('roll.import.pastedName'));

    return { importFile, importFiles, importText };
  }, [store, t]);
}

import { useLayoutEffect } from 'react';
import { useRollImport } from './use-roll-import';

const carriesFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

/**
 * A roll file dropped anywhere on the panel is imported. Without this, a file dropped outside a
 * drop zone makes the browser open it in place of the panel, and the live roster is gone.
 */
export function usePanelDrop(): void {
  const { importFiles } = useRollImport();
  // Listening from the first paint on (a plain effect runs a frame later in Preact).
  useLayoutEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      // A drop zone already took it.
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      importFiles(event.dataTransfer?.files ?? null);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);
}

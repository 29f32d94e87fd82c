import { useCallback, useSyncExternalStore } from 'react';
import { panelUrl } from '../view-store';
import { useEmulator } from './emulator-context';

/** The Zoom side panel: the app's Home URL in an iframe, at side-panel or expanded width. */
export function PanelFrame() {
  const { view, panel } = useEmulator();
  const settings = useSyncExternalStore(view.subscribe, view.get);
  const attach = useCallback((frame: HTMLIFrameElement | null) => panel.setFrame(frame), [panel]);
  return (
    <section
      className="zoom-panel"
      data-theme={settings.theme}
      style={{ width: settings.panelWidth }}
      aria-label="Zoom Apps side panel"
    >
      <header className="zoom-panel__bar">
        <span className="zoom-panel__title">Doorkeeper</span>
        <span className="zoom-panel__hint">{settings.panelWidth} px</span>
      </header>
      <iframe
        ref={attach}
        className="zoom-panel__frame"
        title="Doorkeeper panel"
        src={panelUrl(settings)}
        style={{ colorScheme: settings.theme }}
      />
    </section>
  );
}

import { useState, useSyncExternalStore } from 'react';
import type { EmulatorRole } from '../types';
import { EXPANDED_WIDTH, PANEL_WIDTH } from '../view-store';
import { useEmulator } from './emulator-context';
import type { SimSnapshot } from './use-sim-snapshot';

const ROLES: ReadonlyArray<[EmulatorRole, string]> = [
  ['host', 'Host'],
  ['coHost', 'Co-host'],
  ['attendee', 'Attendee'],
];

/** What the app user and Zoom's own settings control: my role, the waiting room, theme, width, latency. */
export function MeetingControls({ snapshot }: { snapshot: SimSnapshot }) {
  const { emulator, view } = useEmulator();
  const settings = useSyncExternalStore(view.subscribe, view.get);
  const [latency, setLatency] = useState(() => String(emulator.state().latencyMs));
  const expanded = settings.panelWidth >= EXPANDED_WIDTH;

  return (
    <fieldset className="controls">
      <legend>Meeting</legend>
      <label>
        My role{' '}
        <select
          value={snapshot.me.role}
          onChange={(e) => emulator.setMyRole(e.target.value as EmulatorRole)}
        >
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={snapshot.waitingRoom}
          onChange={(e) => emulator.setWaitingRoom(e.target.checked)}
        />{' '}
        Waiting room
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.theme === 'dark'}
          onChange={(e) => emulator.setTheme(e.target.checked ? 'dark' : 'light')}
        />{' '}
        Dark theme
      </label>
      <label>
        <input
          type="checkbox"
          checked={expanded}
          onChange={(e) => emulator.setPanelWidth(e.target.checked ? EXPANDED_WIDTH : PANEL_WIDTH)}
        />{' '}
        Expanded panel
      </label>
      <label>
        Reply latency (ms){' '}
        <input
          type="number"
          min={0}
          step={50}
          value={latency}
          onChange={(e) => {
            setLatency(e.target.value);
            const ms = Number(e.target.value);
            if (Number.isFinite(ms) && ms >= 0) emulator.setLatency(ms);
          }}
        />
      </label>
      <div className="controls__buttons">
        <button type="button" onClick={() => void emulator.reloadPanel()}>
          Reload panel
        </button>
        <button type="button" onClick={() => void emulator.reset()}>
          Reset meeting
        </button>
      </div>
      <p className="controls__status">
        {snapshot.configured ? 'Panel configured' : 'Waiting for the panel to call config…'}
      </p>
    </fieldset>
  );
}

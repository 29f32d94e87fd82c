import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClientHost } from '../client-host';
import { createZoomEmulator } from '../emulator-api';
import { MeetingSim } from '../meeting-sim';
import { PanelControl } from '../panel-control';
import { createRandom } from '../random';
import { buildScenario } from '../scenarios';
import { ViewStore } from '../view-store';
import { EmulatorContext } from './emulator-context';
import { EmulatorApp } from './emulator-app';

function renderEmulator() {
  const scenario = buildScenario('default', 1);
  const sim = new MeetingSim(scenario.setup, { seed: 1 });
  const host = new ClientHost(sim);
  const panel = new PanelControl(sim, host);
  const view = new ViewStore({ theme: 'light', panelWidth: 380, panelPath: '/index.html' });
  const emulator = createZoomEmulator({ sim, host, panel, view, scenario, seed: 1, speed: 1 });
  render(
    <EmulatorContext.Provider
      value={{ sim, emulator, view, panel, scenario, seed: 1, random: createRandom(2) }}
    >
      <EmulatorApp />
    </EmulatorContext.Provider>,
  );
  return { sim, emulator };
}

const waitingList = () => screen.getByRole('region', { name: 'People waiting' });

describe('the emulator control surface', () => {
  it('frames the panel at side-panel width with the theme in the fragment', () => {
    renderEmulator();
    const frame = screen.getByTitle('Doorkeeper panel');
    expect(frame.getAttribute('src')).toBe('/index.html#theme=light');
    expect(screen.getByRole('region', { name: 'Zoom Apps side panel' })).toHaveStyle({
      width: '380px',
    });
  });

  it('adds a participant by name, shown as text, into the waiting room', async () => {
    const { sim } = renderEmulator();
    const user = userEvent.setup();
    const hostile = '<img src=x onerror=alert(1)>';
    await user.type(screen.getByLabelText('Display name'), hostile);
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(sim.list().find((p) => p.screenName === hostile)?.location).toBe('waitingRoom');
    await waitFor(() => expect(within(waitingList()).getByText(hostile)).toBeInTheDocument());
    expect(waitingList().querySelector('img')).toBeNull();
  });

  it('admits from the waiting room and switches my role', async () => {
    const { sim } = renderEmulator();
    const user = userEvent.setup();
    const [first] = within(waitingList()).getAllByRole('button', { name: 'Admit' });
    await user.click(first as HTMLElement);
    expect(sim.list().filter((p) => p.location === 'waitingRoom')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('My role'), 'attendee');
    expect(sim.me.role).toBe('attendee');
  });

  it('shows why an impossible move failed', async () => {
    const { emulator } = renderEmulator();
    const user = userEvent.setup();
    emulator.setWaitingRoom(false);
    await waitFor(() => expect(within(waitingList()).queryAllByRole('listitem')).toHaveLength(0));
    await user.click(screen.getAllByRole('button', { name: 'To waiting room' })[0] as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('10240');
  });

  it('opens breakout rooms, sends me into one and back, and closes them', async () => {
    const { sim } = renderEmulator();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open 2 rooms' }));
    expect(sim.breakoutRooms.map((room) => room.name)).toEqual(['Room 1', 'Room 2']);
    expect(sim.list().filter((p) => p.room !== null).length).toBeGreaterThan(0);
    await user.click(await screen.findByRole('button', { name: 'Join Room 1' }));
    expect(sim.me.room).not.toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Back to the main session' }));
    expect(sim.me.room).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close rooms' }));
    expect(sim.breakoutRooms).toEqual([]);
    expect(sim.list().every((p) => p.room === null)).toBe(true);
  });
});

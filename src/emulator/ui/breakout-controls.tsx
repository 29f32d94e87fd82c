import { useEmulator } from './emulator-context';
import { useAct } from './use-act';
import type { SimSnapshot } from './use-sim-snapshot';

/**
 * Zoom's breakout-room controls, for the demo: open two rooms (everyone in the main session but
 * me, split between them), send me into Room 1 or back, close the rooms.
 */
export function BreakoutControls({ snapshot }: { snapshot: SimSnapshot }) {
  const { emulator, sim } = useEmulator();
  const { error, act } = useAct();
  const rooms = sim.breakoutRooms;
  const open = (): void => {
    const others = snapshot.participants.filter(
      (p) => p.location === 'meeting' && p.participantUUID !== snapshot.me.participantUUID,
    );
    emulator.openBreakoutRooms({
      'Room 1': others.filter((_, i) => i % 2 === 0).map((p) => p.participantUUID),
      'Room 2': others.filter((_, i) => i % 2 === 1).map((p) => p.participantUUID),
    });
  };
  const meInRoom = snapshot.me.room !== null;

  return (
    <fieldset className="controls">
      <legend>Breakout rooms</legend>
      <div className="controls__buttons">
        {rooms.length === 0 ? (
          <button type="button" onClick={() => act(open)}>
            Open 2 rooms
          </button>
        ) : (
          <>
            <button
              type="button"
              onClick={() =>
                act(() =>
                  emulator.moveToRoom(snapshot.me.participantUUID, meInRoom ? null : 'Room 1'),
                )
              }
            >
              {meInRoom ? 'Back to the main session' : 'Join Room 1'}
            </button>
            <button type="button" onClick={() => act(() => emulator.closeBreakoutRooms())}>
              Close rooms
            </button>
          </>
        )}
      </div>
      {error && (
        <span role="alert" className="person__error">
          {error}
        </span>
      )}
    </fieldset>
  );
}

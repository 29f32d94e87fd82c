import { useState } from 'react';
import type { FormEvent } from 'react';
import { randomDisplayName } from '../names';
import { useEmulator } from './emulator-context';
import { useAct } from './use-act';

/** Add someone by name (any text: names are hostile input) or at random. */
export function AddParticipantForm({ waitingRoomOn }: { waitingRoomOn: boolean }) {
  const { emulator, random } = useEmulator();
  const [name, setName] = useState('');
  const [coHost, setCoHost] = useState(false);
  const { error, act } = useAct();

  const join = (screenName: string): void =>
    act(() => emulator.join({ screenName, role: coHost ? 'coHost' : 'attendee' }));
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (name.trim() === '') return;
    join(name);
    setName('');
  };

  return (
    <form className="controls" onSubmit={onSubmit}>
      <fieldset>
        <legend>Add a participant</legend>
        <label>
          Display name{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Maria Santos"
          />
        </label>
        <label>
          <input type="checkbox" checked={coHost} onChange={(e) => setCoHost(e.target.checked)} />{' '}
          as co-host
        </label>
        <p className="controls__hint">
          {waitingRoomOn && !coHost ? 'Arrives in the waiting room.' : 'Arrives in the meeting.'}
        </p>
        <div className="controls__buttons">
          <button type="submit">Join</button>
          <button type="button" onClick={() => join(randomDisplayName(random))}>
            Join at random
          </button>
          <button
            type="button"
            onClick={() =>
              Array.from({ length: 10 }, () => randomDisplayName(random)).forEach(join)
            }
          >
            10 at random
          </button>
        </div>
        {error && <p role="alert">{error}</p>}
      </fieldset>
    </form>
  );
}

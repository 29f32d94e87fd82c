import { memo, useState } from 'react';
import type { EmulatorStateParticipant } from '../types';
import { useEmulator } from './emulator-context';
import { useAct } from './use-act';

interface ItemProps {
  participant: EmulatorStateParticipant;
  isMe: boolean;
}

const ROLE_LABEL = { host: 'Host', coHost: 'Co-host', attendee: '' } as const;

/** One person, with the moves Zoom's own UI offers the host. Names render as text only. */
function ParticipantItemView({ participant, isMe }: ItemProps) {
  const { emulator } = useEmulator();
  const [draft, setDraft] = useState<string | null>(null);
  const { error, act } = useAct();
  const uuid = participant.participantUUID;

  return (
    <li className="person">
      {draft === null ? (
        <span className="person__name" title={participant.screenName}>
          {participant.screenName}
        </span>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            act(() => emulator.rename(uuid, draft));
            setDraft(null);
          }}
        >
          <input
            aria-label="New display name"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
        </form>
      )}
      <span className="person__role">
        {isMe ? `${ROLE_LABEL[participant.role] || 'Attendee'} · me` : ROLE_LABEL[participant.role]}
        {participant.room !== null ? ' · in a breakout room' : ''}
      </span>
      {!isMe && (
        <span className="person__actions">
          {participant.location === 'waitingRoom' ? (
            <button type="button" onClick={() => act(() => emulator.admit(uuid))}>
              Admit
            </button>
          ) : (
            <button type="button" onClick={() => act(() => emulator.putInWaitingRoom(uuid))}>
              To waiting room
            </button>
          )}
          <button type="button" onClick={() => setDraft(participant.screenName)}>
            Rename
          </button>
          {participant.location === 'meeting' && participant.role !== 'host' ? (
            <button
              type="button"
              onClick={() =>
                act(() =>
                  emulator.setRole(uuid, participant.role === 'coHost' ? 'attendee' : 'coHost'),
                )
              }
            >
              {participant.role === 'coHost' ? 'Withdraw co-host' : 'Make co-host'}
            </button>
          ) : null}
          <button type="button" onClick={() => act(() => emulator.leave(uuid))}>
            Remove
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="person__error">
          {error}
        </span>
      )}
    </li>
  );
}

const same = (a: ItemProps, b: ItemProps): boolean =>
  a.isMe === b.isMe &&
  a.participant.participantUUID === b.participant.participantUUID &&
  a.participant.screenName === b.participant.screenName &&
  a.participant.role === b.participant.role &&
  a.participant.location === b.participant.location &&
  a.participant.room === b.participant.room;

/** Snapshots hold fresh objects each time: compare the fields so unchanged rows skip rendering. */
export const ParticipantItem = memo(ParticipantItemView, same);

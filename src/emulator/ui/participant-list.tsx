import type { EmulatorStateParticipant } from '../types';
import { ParticipantItem } from './participant-item';

const RENDER_LIMIT = 100;

/** People in one place (meeting or waiting room), as the emulator sees them. */
export function ParticipantList({
  title,
  people,
  meUUID,
}: {
  title: string;
  people: EmulatorStateParticipant[];
  meUUID: string;
}) {
  const shown = people.slice(0, RENDER_LIMIT);
  return (
    <section className="people" aria-label={title}>
      <h3>
        {title} ({people.length})
      </h3>
      <ul>
        {shown.map((p) => (
          <ParticipantItem
            key={p.participantUUID}
            participant={p}
            isMe={p.participantUUID === meUUID}
          />
        ))}
      </ul>
      {people.length > shown.length && (
        <p className="controls__hint">…and {people.length - shown.length} more</p>
      )}
    </section>
  );
}

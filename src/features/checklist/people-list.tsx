import type { PersonToReview } from './fix-plan';

/** The people a fix is about, by display name (attacker-controlled: text only, bidi-isolated). */
export function PeopleList({
  id,
  label,
  people,
}: {
  id: string;
  label: string;
  people: readonly PersonToReview[];
}) {
  return (
    <ul className="checklist-people" id={id} aria-label={label}>
      {people.map((person) => (
        <li key={person.participantUUID} data-uuid={person.participantUUID}>
          <bdi title={person.screenName}>{person.screenName}</bdi>
        </li>
      ))}
    </ul>
  );
}

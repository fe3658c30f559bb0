import type { PersonRef } from '../../../../shared/domain/person';

/** Someone's name that opens their dossier when the page can navigate. */
export function PersonLink({
  person,
  onOpenPerson,
}: {
  person: PersonRef;
  onOpenPerson?: (id: string) => void;
}) {
  if (!onOpenPerson) return <span className="person-name">{person.displayName}</span>;
  return (
    <button
      type="button"
      className="link-button person-name"
      title={`Open ${person.displayName}`}
      onClick={() => onOpenPerson(person.id)}
    >
      {person.displayName}
    </button>
  );
}

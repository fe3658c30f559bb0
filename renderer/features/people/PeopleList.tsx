import type { KeyboardEvent } from 'react';
import type { PersonSummary } from '../../../shared/domain/person';
import { Avatar } from './Avatar';

interface Props {
  people: PersonSummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** Arrow keys move between rows, Enter opens; focus stays in the list so typing flows. */
export function PeopleList({ people, selectedId, onOpen }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const rows = event.currentTarget.parentElement?.children;
    const move = (to: number) => {
      event.preventDefault();
      (rows?.item(to) as HTMLElement | null)?.focus();
    };
    if (event.key === 'ArrowDown') move(Math.min(index + 1, people.length - 1));
    else if (event.key === 'ArrowUp') move(Math.max(index - 1, 0));
    else if (event.key === 'Enter') {
      const person = people[index];
      if (person) onOpen(person.id);
    }
  };

  return (
    <ul className="people-list" role="listbox" aria-label="People">
      {people.map((person, index) => (
        <li
          key={person.id}
          role="option"
          tabIndex={0}
          aria-selected={person.id === selectedId}
          onClick={() => onOpen(person.id)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          <Avatar name={person.displayName} />
          <span className="row-text">
            <span className="row-title">{person.displayName}</span>
            {person.primaryEmail && <span className="row-sub">{person.primaryEmail}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

import type { RefObject } from 'react';
import type { PersonSummary } from '../../../shared/domain/person';
import { TagChips } from '../../app/ui/TagChips';
import { VirtualListbox } from '../../app/ui/VirtualListbox';
import { Avatar } from './Avatar';

/** Every row has this height, so the list can place any of ten thousand rows without measuring. */
export const PERSON_ROW_HEIGHT = 54;

interface Props {
  people: readonly PersonSummary[];
  activeIndex: number;
  openId: string | null;
  listboxRef: RefObject<HTMLDivElement | null>;
  onActiveChange: (index: number) => void;
  onOpen: (id: string) => void;
  onExitTop: () => void;
}

function PersonRow({ person }: { person: PersonSummary }) {
  const subtitle = person.headline || person.primaryEmail;
  return (
    <>
      <Avatar name={person.displayName} photoUrl={person.photoUrl} />
      <span className="row-text">
        <span className="row-title">{person.displayName}</span>
        {subtitle && <span className="row-sub">{subtitle}</span>}
      </span>
      <TagChips tags={person.tags} max={2} />
      {person.warmth !== null && (
        <span className="count-pill" title="Warmth, 0–100">
          <span className="visually-hidden">Warmth </span>
          {person.warmth}
        </span>
      )}
    </>
  );
}

const keyOf = (person: PersonSummary) => person.id;
const renderPerson = (person: PersonSummary) => <PersonRow person={person} />;

export function PeopleList({ people, activeIndex, openId, listboxRef, ...on }: Props) {
  return (
    <VirtualListbox
      items={people}
      label="People"
      idPrefix="person"
      rowHeight={PERSON_ROW_HEIGHT}
      getKey={keyOf}
      renderRow={renderPerson}
      activeIndex={activeIndex}
      openKey={openId}
      listboxRef={listboxRef}
      onActiveChange={on.onActiveChange}
      onOpen={(person) => on.onOpen(person.id)}
      onExitTop={on.onExitTop}
    />
  );
}

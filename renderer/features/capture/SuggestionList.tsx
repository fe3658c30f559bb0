import type { CSSProperties } from 'react';
import { Avatar } from '../people/Avatar';
import type { PersonOption } from './peopleSearch';

export type SuggestionOption =
  { kind: 'person'; person: PersonOption } | { kind: 'create'; text: string };

interface Props {
  id: string;
  label: string;
  options: readonly SuggestionOption[];
  active: number;
  onPick: (option: SuggestionOption) => void;
  onHover: (index: number) => void;
  style?: CSSProperties;
}

export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/** The listbox under a people type-ahead; the input keeps focus and points at the active row. */
export function SuggestionList({ id, label, options, active, onPick, onHover, style }: Props) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="capture-suggestions" style={style}>
      {options.map((option, index) => (
        <li
          key={option.kind === 'person' ? option.person.id : 'create'}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === active}
          className={option.kind === 'create' ? 'create' : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => {
            if (index !== active) onHover(index);
          }}
          onClick={() => onPick(option)}
        >
          {option.kind === 'person' ? (
            <>
              <Avatar name={option.person.name} photoUrl={option.person.photoUrl} />
              <span className="suggestion-text">
                <span className="suggestion-name">{option.person.name}</span>
                {option.person.detail && (
                  <span className="suggestion-detail">{option.person.detail}</span>
                )}
              </span>
            </>
          ) : (
            <>
              <span className="avatar suggestion-plus" aria-hidden="true">
                +
              </span>
              <span className="suggestion-name">Create “{option.text}”</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

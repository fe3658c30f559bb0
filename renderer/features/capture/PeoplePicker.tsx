import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PersonRef } from '../../../shared/domain/person';
import { Avatar } from '../people/Avatar';
import { createPerson, namesOption, searchPeople } from './peopleSearch';
import { optionId, SuggestionList, type SuggestionOption } from './SuggestionList';

interface Props {
  ids: readonly string[];
  names: Readonly<Record<string, string>>;
  /** Chips the server refused, by index. */
  invalid: readonly number[];
  error: string | undefined;
  disabled: boolean;
  onChange: (ids: string[]) => void;
  onRemember: (people: PersonRef[]) => void;
}

/**
 * Who took part, as chips. Type a name or an email: ↑/↓ choose, Enter picks (the best match
 * when nothing is highlighted yet), "Create “…”" adds someone new, Backspace on an empty input
 * removes the last chip.
 */
export function PeoplePicker({
  ids,
  names,
  invalid,
  error,
  disabled,
  onChange,
  onRemember,
}: Props) {
  const listId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<SuggestionOption[] | null>(null);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const ticket = useRef(0);
  /** The lookup whose answer `options` shows. */
  const settled = useRef(0);
  const latest = useRef<Promise<SuggestionOption[]>>(Promise.resolve([]));
  const inputRef = useRef<HTMLInputElement>(null);

  const lookUp = (query: string): Promise<SuggestionOption[]> => {
    const mine = ++ticket.current;
    if (!query.trim()) {
      setOptions(null);
      latest.current = Promise.resolve([]);
      return latest.current;
    }
    latest.current = searchPeople(query, ids).then((found) => {
      const list: SuggestionOption[] = found.map((person) => ({ kind: 'person', person }));
      if (!namesOption(query, found)) list.push({ kind: 'create', text: query.trim() });
      if (mine === ticket.current) {
        settled.current = mine;
        setOptions(list);
        setActive(0);
      }
      return list;
    });
    return latest.current;
  };

  const closeList = () => {
    ticket.current += 1;
    setOptions(null);
  };

  const add = (person: PersonRef) => {
    onRemember([person]);
    if (!ids.includes(person.id)) onChange([...ids, person.id]);
    setText('');
    closeList();
    inputRef.current?.focus();
  };

  const pick = async (option: SuggestionOption | undefined) => {
    if (!option) return;
    if (option.kind === 'person') {
      add({ id: option.person.id, displayName: option.person.name });
      return;
    }
    setCreating(true);
    setCreateError(null);
    const created = await createPerson(option.text);
    setCreating(false);
    if (created.ok) add(created.data);
    else setCreateError(`Could not add “${option.text}”: ${created.error.message}`);
  };

  /** Enter before the suggestions for the latest keystroke arrived still picks from them. */
  const pickActive = async () => {
    if (options && settled.current === ticket.current) {
      await pick(options[active] ?? options[0]);
      return;
    }
    const mine = ticket.current;
    const list = await latest.current;
    if (mine === ticket.current) await pick(list[0]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options?.length ?? 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!options) void lookUp(text);
      else if (count) setActive((active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (!text.trim()) return;
      event.preventDefault();
      void pickActive();
    } else if (event.key === 'Backspace' && !text && ids.length > 0) {
      event.preventDefault();
      onChange(ids.slice(0, -1));
    } else if (event.key === 'Escape' && options) {
      event.preventDefault();
      event.stopPropagation();
      closeList();
    } else if (event.key === 'Tab') {
      closeList();
    }
  };

  const shown = options && options.length > 0;
  const message = createError ?? error;
  const invalidSet = new Set(invalid);

  return (
    <div className="capture-field people-field">
      <span className="capture-label" id={`${listId}-label`}>
        People
      </span>
      <div
        className={message ? 'people-box invalid' : 'people-box'}
        role="group"
        aria-labelledby={`${listId}-label`}
        onMouseDown={(event) => {
          if (event.target === event.currentTarget) {
            event.preventDefault();
            inputRef.current?.focus();
          }
        }}
      >
        {ids.map((id, index) => {
          const name = names[id] ?? '…';
          return (
            <span
              key={id}
              className={invalidSet.has(index) ? 'person-chip invalid' : 'person-chip'}
            >
              <Avatar name={names[id] ?? '?'} />
              <span className="person-chip-name">{name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name}`}
                disabled={disabled}
                onClick={() => {
                  onChange(ids.filter((other) => other !== id));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </span>
          );
        })}
        <input
          ref={inputRef}
          className="people-input"
          role="combobox"
          aria-label="People"
          aria-expanded={Boolean(shown)}
          aria-controls={shown ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={shown ? optionId(listId, active) : undefined}
          aria-invalid={Boolean(message) || undefined}
          aria-describedby={message ? errorId : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={ids.length === 0 ? 'Add people by name or email' : 'Add someone'}
          readOnly={disabled || creating}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setCreateError(null);
            void lookUp(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={closeList}
        />
        {shown && (
          <SuggestionList
            id={listId}
            label="People suggestions"
            options={options}
            active={active}
            onPick={(option) => void pick(option)}
            onHover={setActive}
          />
        )}
      </div>
      {creating && <span className="capture-hint">Adding…</span>}
      {message && (
        <span className="field-error" id={errorId} role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

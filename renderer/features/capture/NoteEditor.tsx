import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { PersonRef } from '../../../shared/domain/person';
import { BODY_MAX } from './captureForm';
import { continueTaskList, mentionBeforeCaret, mentionLink, newTaskLine } from './noteText';
import { searchPeople, type PersonOption } from './peopleSearch';
import { optionId, SuggestionList, type SuggestionOption } from './SuggestionList';
import { caretPoint, replaceRange } from './textareaEdit';

interface Props {
  value: string;
  onChange: (body: string) => void;
  readOnly: boolean;
  placeholder: string;
  error: string | undefined;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onRemember: (people: PersonRef[]) => void;
}

interface Mention {
  start: number;
  end: number;
  options: SuggestionOption[];
  active: number;
  top: number;
  left: number;
}

/** A lookup for the mention typed from `start` up to `end`. */
interface Lookup {
  start: number;
  end: number;
  people: PersonOption[];
}

const LIST_WIDTH = 300;

/**
 * The note, in markdown. "@" and a few letters offers people and inserts a link to the one
 * chosen; Enter at the end of a "[ ] task" line starts another one.
 */
export function NoteEditor(props: Props) {
  const { value, onChange, readOnly, placeholder, error, textareaRef, onRemember } = props;
  const listId = useId();
  const errorId = useId();
  const [mention, setMention] = useState<Mention | null>(null);
  const ticket = useRef(0);
  /** The lookup whose answer the list shows, and the newest one asked. */
  const settled = useRef(0);
  const latest = useRef<Promise<Lookup | null>>(Promise.resolve(null));

  const edit = (start: number, end: number, text: string) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    replaceRange(textarea, start, end, text, (next, caret) => {
      onChange(next);
      requestAnimationFrame(() => textarea.setSelectionRange(caret, caret));
    });
  };

  const closeMention = () => {
    ticket.current += 1;
    setMention(null);
  };

  /** Looks for an @mention being typed at the caret and offers the people it may mean. */
  const lookForMention = (text: string, caret: number) => {
    const typed = mentionBeforeCaret(text, caret);
    const textarea = textareaRef.current;
    if (!typed || !textarea) {
      if (mention) closeMention();
      latest.current = Promise.resolve(null);
      return;
    }
    const mine = ++ticket.current;
    const lookup = searchPeople(typed.query, [], 6).then((people) => ({
      start: typed.start,
      end: caret,
      people,
    }));
    latest.current = lookup;
    void lookup.then(({ people }) => {
      if (mine !== ticket.current) return;
      settled.current = mine;
      if (people.length === 0) {
        setMention(null);
        return;
      }
      const point = caretPoint(textarea, typed.start);
      const width = textarea.clientWidth;
      setMention({
        start: typed.start,
        end: caret,
        options: people.map((person) => ({ kind: 'person', person })),
        active: 0,
        top: textarea.offsetTop + point.top + point.height + 2,
        left: textarea.offsetLeft + Math.max(0, Math.min(point.left, width - LIST_WIDTH)),
      });
    });
  };

  /**
   * Replaces the typed mention (by default the one before the caret now, not as it was when
   * the list was drawn) with a link; text typed after it meanwhile keeps its place.
   */
  const pickMention = (option: SuggestionOption | undefined, range?: Lookup) => {
    const textarea = textareaRef.current;
    if (!textarea || option?.kind !== 'person') return;
    const caret = textarea.selectionStart;
    const typed = range ?? mentionBeforeCaret(textarea.value, caret);
    const end = range ? range.end : caret;
    if (!typed || mentionBeforeCaret(textarea.value, end)?.start !== typed.start) return;
    const { person } = option;
    const link = `${mentionLink(person.name, person.id)} `;
    closeMention();
    onRemember([{ id: person.id, displayName: person.name }]);
    edit(typed.start, end, link);
    if (caret > end) {
      const moved = caret + link.length - (end - typed.start);
      textarea.setSelectionRange(moved, moved);
    }
  };

  /** Enter typed before the list caught up with the last keystroke picks from the new list. */
  const pickActive = async () => {
    if (mention && settled.current === ticket.current) {
      pickMention(mention.options[mention.active]);
      return;
    }
    const found = await latest.current;
    const first = found?.people[0];
    if (found && first) pickMention({ kind: 'person', person: first }, found);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (mention && plain) {
      const count = mention.options.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : count - 1;
        setMention({ ...mention, active: (mention.active + step) % count });
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
        event.preventDefault();
        void pickActive();
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeMention();
        return;
      }
    }
    if (event.key === 'Enter' && plain && !event.shiftKey && !readOnly) {
      const textarea = event.currentTarget;
      if (textarea.selectionStart !== textarea.selectionEnd) return;
      const next = continueTaskList(textarea.value, textarea.selectionStart);
      if (next) {
        event.preventDefault();
        edit(next.start, next.end, next.text);
      }
    }
  };

  const addFollowUp = () => {
    const textarea = textareaRef.current;
    if (!textarea || readOnly) return;
    const line = newTaskLine(textarea.value, textarea.selectionEnd);
    edit(line.start, line.end, line.text);
  };

  const shown = mention && mention.options.length > 0;

  return (
    <div className="capture-note">
      <textarea
        ref={textareaRef}
        className="capture-body"
        aria-label="Note"
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={error ? errorId : undefined}
        aria-autocomplete="list"
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown ? optionId(listId, mention.active) : undefined}
        autoFocus
        spellCheck
        maxLength={BODY_MAX}
        placeholder={placeholder}
        readOnly={readOnly}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          lookForMention(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => {
          const textarea = event.currentTarget;
          if (mention && textarea.selectionStart !== mention.end) {
            lookForMention(textarea.value, textarea.selectionStart);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (mention) closeMention();
        }}
        onScroll={() => {
          if (mention) closeMention();
        }}
      />
      {shown && (
        <SuggestionList
          id={listId}
          label="Mention suggestions"
          options={mention.options}
          active={mention.active}
          onPick={(option) => pickMention(option)}
          onHover={(active) => setMention({ ...mention, active })}
          style={{ top: mention.top, left: mention.left, width: LIST_WIDTH }}
        />
      )}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
      <button
        type="button"
        className="link-button add-task"
        onMouseDown={(event) => event.preventDefault()}
        onClick={addFollowUp}
        disabled={readOnly}
      >
        + Add follow-up
      </button>
    </div>
  );
}

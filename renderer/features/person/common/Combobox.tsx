import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Suggestion } from './lookups';

interface Props {
  /** The accessible name of the input. */
  label: string;
  value: string;
  onChange: (text: string) => void;
  search: (text: string) => Promise<Suggestion[]>;
  onPick: (suggestion: Suggestion) => void;
  /**
   * Enter on typed text with nothing highlighted. Without it, Enter picks the first suggestion:
   * the picker only accepts what exists.
   */
  onEnterText?: (text: string) => void;
  /** Offers "Create “text”" at the end of the list when nothing matches exactly. */
  createLabel?: (text: string) => string;
  onEscape?: () => void;
  onBlur?: () => void;
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  /** Shows suggestions as soon as the input gets focus, before anything is typed. */
  openOnFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
}

const CREATE_ID = '\u0000create';

/** A text input with a suggestion list, keyboard first (WAI-ARIA combobox with a listbox). */
export function Combobox({
  label,
  value,
  onChange,
  search,
  onPick,
  onEnterText,
  createLabel,
  onEscape,
  onBlur,
  placeholder,
  className,
  autoFocus,
  openOnFocus,
  invalid,
  describedBy,
  inputRef,
}: Props) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const ticket = useRef(0);

  const lookUp = async (text: string) => {
    const mine = ++ticket.current;
    const found = await search(text);
    if (mine !== ticket.current) return;
    const exact = found.some((s) => s.label.trim().toLowerCase() === text.trim().toLowerCase());
    const withCreate =
      createLabel && text.trim() && !exact
        ? [...found, { id: CREATE_ID, label: createLabel(text.trim()) }]
        : found;
    setOptions(withCreate);
    setActive(-1);
    setOpen(true);
  };

  const close = () => {
    ticket.current += 1;
    setOpen(false);
    setActive(-1);
  };

  const choose = (option: Suggestion) => {
    close();
    if (option.id === CREATE_ID) onEnterText?.(value.trim());
    else onPick(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) void lookUp(value);
      else if (count) setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open && count) setActive(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const highlighted = open ? options[active] : undefined;
      if (highlighted) choose(highlighted);
      else if (onEnterText) {
        close();
        onEnterText(value.trim());
      } else if (value.trim()) {
        // Enter before the suggestions arrived still takes the best match.
        const mine = ++ticket.current;
        void search(value).then((found) => {
          if (mine === ticket.current && found[0]) choose(found[0]);
        });
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if (onEscape) {
        event.preventDefault();
        event.stopPropagation();
        onEscape();
      }
    } else if (event.key === 'Tab') {
      close();
    }
  };

  const showList = open && options.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className={`combobox ${className ?? ''}`}>
      <input
        ref={inputRef}
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          void lookUp(e.target.value);
        }}
        onFocus={() => {
          if (openOnFocus) void lookUp(value);
        }}
        onBlur={() => {
          close();
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" className="combobox-list" hidden={!showList}>
        {options.map((option, i) => (
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={option.id === CREATE_ID ? 'create' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.color && <span className={`tag-dot tag-${option.color}`} aria-hidden="true" />}
            <span className="option-label">{option.label}</span>
            {option.detail && <span className="option-detail">{option.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

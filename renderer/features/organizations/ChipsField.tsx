import { useId, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';

interface Props {
  label: string;
  /** What is saved, one chip each. */
  values: readonly string[];
  error: string | undefined;
  placeholder?: string;
  /** Offered while typing (a datalist), e.g. existing tag names. */
  suggestions?: readonly string[];
  renderChip?: (value: string) => ReactNode;
  /** Saves the whole new list; resolves false when the server refused it. */
  onCommit: (next: string[]) => Promise<boolean>;
}

function splitEntries(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A list edited as chips: type and press Enter or a comma to add, × to remove. Each change saves
 * at once; refused text stays in the box with the server's reason, so it can be corrected.
 */
export function ChipsField({
  label,
  values,
  error,
  placeholder,
  suggestions,
  renderChip,
  onCommit,
}: Props) {
  const [draft, setDraft] = useState('');
  const id = useId();

  const add = async (text: string) => {
    const entries = splitEntries(text);
    if (entries.length === 0) {
      setDraft('');
      return;
    }
    const known = new Set(values.map((v) => v.toLocaleLowerCase()));
    const fresh = entries.filter((e) => !known.has(e.toLocaleLowerCase()));
    if (fresh.length === 0 || (await onCommit([...values, ...fresh]))) setDraft('');
    else setDraft(entries.join(', '));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      void add(draft);
    } else if (event.key === 'Escape' && draft) {
      event.preventDefault();
      event.stopPropagation();
      setDraft('');
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!/[,\n]/.test(text)) return;
    event.preventDefault();
    void add(draft + text);
  };

  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`}>{label}</span>
      <div className={error ? 'chips-box invalid' : 'chips-box'}>
        {values.map((value) => (
          <span key={value} className="chip">
            {renderChip ? renderChip(value) : <span className="chip-text">{value}</span>}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${value}`}
              onClick={() => void onCommit(values.filter((v) => v !== value))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          className="chips-input"
          aria-label={`Add to ${label.toLocaleLowerCase()}`}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          list={suggestions ? `${id}-suggestions` : undefined}
          placeholder={values.length === 0 ? placeholder : undefined}
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => {
            if (draft.trim()) void add(draft);
          }}
        />
        {suggestions && (
          <datalist id={`${id}-suggestions`}>
            {suggestions
              .filter((s) => !values.includes(s))
              .map((s) => (
                <option key={s} value={s} />
              ))}
          </datalist>
        )}
      </div>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';

/** Typing pauses this long before a field saves itself; leaving the field saves at once. */
export const AUTOSAVE_DELAY_MS = 400;

interface Props {
  label: string;
  initial: string;
  error: string | undefined;
  multiline?: boolean;
  className?: string;
  placeholder?: string;
  /** Hides the label visually (the name field is the page's title). */
  hideLabel?: boolean;
  onSave: (value: string) => void;
}

/**
 * A text field without a Save button: it saves after a pause in typing, when left, and when the
 * page closes. Refused text stays as typed, with the server's reason beside it.
 */
export function AutosaveText({
  label,
  initial,
  error,
  multiline,
  className,
  placeholder,
  hideLabel,
  onSave,
}: Props) {
  const [value, setValue] = useState(initial);
  const draft = useRef(initial);
  const sent = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  const errorId = useId();

  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  useEffect(() => {
    const flushOnClose = () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      if (draft.current !== sent.current) save.current(draft.current);
    };
    // A change still waiting when the page closes is saved, not lost.
    return flushOnClose;
  }, []);

  const flush = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (draft.current === sent.current) return;
    sent.current = draft.current;
    save.current(draft.current);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    draft.current = e.target.value;
    setValue(e.target.value);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  };

  const common = {
    value,
    className,
    placeholder,
    onChange,
    onBlur: flush,
    'aria-invalid': Boolean(error),
    'aria-describedby': error ? errorId : undefined,
    'aria-label': hideLabel ? label : undefined,
  };

  return (
    <label className="field">
      {!hideLabel && <span>{label}</span>}
      {multiline ? <textarea rows={8} {...common} /> : <input autoComplete="off" {...common} />}
      {error && (
        <span className="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

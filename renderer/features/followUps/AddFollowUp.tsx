import { useState, type Ref } from 'react';
import { parseTasks } from '../../../shared/capture/parseNote';
import { useFollowUpStore } from '../../stores/followUpStore';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  onAdded: (id: string) => void;
  /** ↓ from the input goes to the list. */
  onLeave: () => void;
}

/**
 * Type a follow-up and press Enter. A date picked beside it, or "by 2026-12-01" at the end of
 * the text, makes it due then.
 */
export function AddFollowUp({ inputRef, onAdded, onLeave }: Props) {
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const typed = text.trim();
    if (!typed) {
      setError('Type what needs doing, then press Enter');
      return;
    }
    const parsed = parseTasks(`[ ] ${typed}`)[0];
    const title = parsed?.title ?? typed;
    setBusy(true);
    const result = await useFollowUpStore
      .getState()
      .add(title.slice(0, 500), due || parsed?.dueOn || null);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setText('');
    setDue('');
    setError(null);
    onAdded(result.data.id);
  };

  return (
    <form
      className="fu-add"
      aria-label="New follow-up"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <input
        ref={inputRef}
        className="fu-add-title"
        aria-label="Add follow-up"
        aria-invalid={Boolean(error) || undefined}
        placeholder="Add a follow-up… e.g. Send Ada the deck by 2026-12-01"
        maxLength={600}
        autoComplete="off"
        value={text}
        readOnly={busy}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onLeave();
          } else if (event.key === 'Escape' && text) {
            event.preventDefault();
            setText('');
            setError(null);
          }
        }}
      />
      <input
        type="date"
        className="fu-add-due"
        aria-label="Due date"
        value={due}
        readOnly={busy}
        onChange={(event) => setDue(event.target.value)}
      />
      <button type="submit" disabled={busy}>
        Add
      </button>
      {error && (
        <span className="field-error fu-add-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../shared/domain/person';
import { usePersonStore } from '../../stores/personStore';
import { Combobox } from './common/Combobox';
import { findPeople, type Suggestion } from './common/lookups';

interface Props {
  person: Person;
  onClose: () => void;
}

/**
 * Picks someone to fold into this person and says plainly what will happen before doing it.
 * A native modal <dialog>: focus stays inside and Escape closes it.
 */
export function MergeDialog({ person, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Suggestion | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const merge = async () => {
    if (!other) return;
    setBusy(true);
    setProblem(null);
    const result = await usePersonStore.getState().merge(person.id, other.id);
    setBusy(false);
    if (result.ok) onClose();
    else setProblem(result.error.message);
  };

  return (
    <dialog
      ref={dialogRef}
      className="merge-dialog"
      aria-labelledby="merge-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="merge-title">Merge with another person</h2>
      <p className="muted">
        Use this when two dossiers describe the same person. Everything is kept: the other dossier
        is folded into {person.displayName}’s.
      </p>
      <label className="field">
        <span>Person to merge into {person.displayName}</span>
        <Combobox
          label="Person to merge"
          value={query}
          placeholder="Type a name"
          autoFocus
          search={(text) => findPeople(text, [person.id])}
          onChange={(text) => {
            setQuery(text);
            setOther(null);
          }}
          onPick={(picked) => {
            setOther(picked);
            setQuery(picked.label);
          }}
        />
      </label>
      {other && (
        <p className="merge-summary">
          <strong>{other.label}</strong> will be merged into <strong>{person.displayName}</strong>:
          their emails, phones, addresses, links, roles, key facts, dates, custom fields, tags,
          notes and relationships are added to {person.displayName}, and {other.label} no longer
          appears on their own. This cannot be undone.
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="primary danger"
          disabled={!other || busy}
          onClick={() => void merge()}
        >
          {other ? `Merge ${other.label} into ${person.displayName}` : 'Merge'}
        </button>
      </div>
    </dialog>
  );
}

import { useState } from 'react';
import type { Person, PersonEmail } from '../../../../shared/domain/person';
import { usePersonStore } from '../../../stores/personStore';
import { newRowKey, type Row } from '../draft/rows';
import type { SectionHandle } from '../draft/useSectionDraft';

/**
 * Adds to the draft the addresses a merge brought in, keeping the user's own rows (and their
 * unsaved edits) first.
 */
function withMergedEmails(rows: Row<PersonEmail>[], merged: PersonEmail[]): Row<PersonEmail>[] {
  const keyOf = (address: string) => address.trim().toLowerCase();
  const byAddress = new Map(merged.map((email) => [keyOf(email.address), email]));
  const have = new Set(rows.map((row) => keyOf(row.address)));
  const kept = rows.map((row) => ({
    ...row,
    label: row.label || byAddress.get(keyOf(row.address))?.label || '',
  }));
  const added = merged
    .filter((email) => !have.has(keyOf(email.address)))
    .map((email) => ({ ...email, primary: false, key: newRowKey() }));
  return [...kept, ...added];
}

/** Shown under an address that belongs to someone else: offers to fold that person in. */
export function EmailConflict({
  person,
  handle,
  row,
  id,
}: {
  person: Person;
  handle: SectionHandle<Row<PersonEmail>[]>;
  row: Row<PersonEmail>;
  id: string;
}) {
  const [merging, setMerging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const owner = handle.error?.conflictWith;
  if (!owner) return null;

  const merge = async () => {
    setMerging(true);
    setProblem(null);
    const result = await usePersonStore.getState().merge(person.id, owner.id);
    setMerging(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    handle.edit((rows) => withMergedEmails(rows, result.data.emails), 'now');
  };

  return (
    <span id={id} className="field-error conflict" role="alert">
      {row.address.trim()} belongs to {owner.displayName}.{' '}
      <button type="button" className="link-button" disabled={merging} onClick={() => void merge()}>
        Merge {owner.displayName} into this person
      </button>
      {problem && <span className="conflict-problem"> {problem}</span>}
    </span>
  );
}

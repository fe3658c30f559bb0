import { useRef, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { usePersonStore } from '../../../stores/personStore';
import { Combobox } from '../common/Combobox';
import { findPeople, type Suggestion } from '../common/lookups';
import { SectionFrame } from '../common/SectionFrame';
import { PersonLink } from './PersonLink';
import { RELATIONSHIP_CHOICES, relationshipInput } from './relationshipChoices';

interface Props {
  person: Person;
  onOpenPerson?: (id: string) => void;
}

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Family, colleagues, who introduced whom: each a link to the other dossier. */
export function RelationshipsSection({ person, onOpenPerson }: Props) {
  const [adding, setAdding] = useState(false);
  const [choiceId, setChoiceId] = useState('colleague');
  const [label, setLabel] = useState('');
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const choice = RELATIONSHIP_CHOICES.find((c) => c.id === choiceId) ?? RELATIONSHIP_CHOICES[0]!;
  const store = usePersonStore.getState;

  const cancel = () => {
    setAdding(false);
    setQuery('');
    setLabel('');
    setProblem(null);
    requestAnimationFrame(() => addButtonRef.current?.focus());
  };

  const add = async (other: Suggestion) => {
    if (choice.kind === 'custom' && !label.trim()) {
      setProblem('Say what they are to this person, e.g. “Godparent”');
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await store().addRelationship(
      relationshipInput(choice, person.id, other.id, label),
    );
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error.issues?.[0]?.message ?? result.error.message);
      return;
    }
    setQuery('');
    setLabel('');
  };

  const remove = async (id: string) => {
    const result = await store().removeRelationship(id);
    setProblem(result.ok ? null : result.error.message);
  };

  const onFormKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <SectionFrame title="Relationships">
      {person.relationships.length > 0 && (
        <ul className="relationship-list">
          {person.relationships.map((rel) => (
            <li key={rel.id} className="relationship">
              <span className="relationship-label">{rel.label}</span>
              <PersonLink person={rel.other} onOpenPerson={onOpenPerson} />
              <button
                type="button"
                className="icon-button remove"
                aria-label={`Remove relationship with ${rel.other.displayName}`}
                title="Remove relationship"
                onClick={() => void remove(rel.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <div
          role="group"
          aria-label="New relationship"
          className="relationship-form"
          onKeyDown={onFormKey}
        >
          <span className="muted">{firstName(person.displayName)} is</span>
          <select
            aria-label="Relationship"
            className="inline-select"
            value={choiceId}
            autoFocus
            onChange={(e) => setChoiceId(e.target.value)}
          >
            {RELATIONSHIP_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {choice.kind === 'custom' && (
            <input
              aria-label="Relationship label"
              className="inline-input label-cell"
              placeholder="e.g. Godparent"
              value={label}
              onChange={(e) => setLabel(e.target.value)}
            />
          )}
          <Combobox
            label="Related person"
            className="inline-combobox"
            placeholder="Type a name and press Enter"
            value={query}
            search={(text) => findPeople(text, [person.id])}
            onChange={setQuery}
            onPick={(other) => void add(other)}
            onEscape={cancel}
          />
          <button type="button" onClick={cancel} disabled={busy}>
            Done
          </button>
        </div>
      ) : (
        <button
          ref={addButtonRef}
          type="button"
          className="add-button"
          onClick={() => setAdding(true)}
        >
          + Add relationship
        </button>
      )}
      {choice.kind === 'custom' && adding && (
        <p className="hint">
          The label says what the other person is to {firstName(person.displayName)}.
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </SectionFrame>
  );
}

import type { KeyboardEvent } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { FieldError, SaveProblem, SectionFrame } from '../common/SectionFrame';
import { issueAt, keyRows, listPlan, newRowKey, type Row } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';

interface FactsDraft {
  facts: Row<{ text: string }>[];
  /** The fact being typed in the "add" box: kept, and saved once the user leaves it. */
  adding: string;
}

const factsSpec: SectionSpec<FactsDraft> = {
  id: 'keyFacts',
  sourceKey: (p) => JSON.stringify(p.keyFacts),
  toDraft: (p, previous) => ({
    facts: keyRows(
      p.keyFacts.map((text) => ({ text })),
      previous?.facts ?? null,
      (fact) => !fact.text.trim(),
    ),
    adding: '',
  }),
  toPatch: (draft, reason) => {
    const pending = reason === 'final' && draft.adding.trim();
    const rows = pending ? [...draft.facts, { text: draft.adding, key: 'adding' }] : draft.facts;
    const plan = listPlan('keyFacts', rows, (row) => (row.text.trim() ? row.text : null));
    return { ...plan, complete: reason === 'final' || !draft.adding.trim() };
  },
};

export function KeyFactsSection({ person }: { person: Person }) {
  const handle = useSectionDraft(person, factsSpec);
  const { facts, adding } = handle.draft;
  const rowKeys = new Set([...facts.map((f) => f.key), 'adding']);

  const setFact = (key: string, text: string) =>
    handle.edit((d) => ({ ...d, facts: d.facts.map((f) => (f.key === key ? { ...f, text } : f)) }));
  const remove = (key: string) =>
    handle.edit((d) => ({ ...d, facts: d.facts.filter((f) => f.key !== key) }), 'now');

  /** Moves the typed fact into the list and saves it; the box is ready for the next one. */
  const commitAdding = () =>
    handle.edit(
      (d) => ({ facts: [...d.facts, { text: d.adding.trim(), key: newRowKey() }], adding: '' }),
      'now',
    );

  const onAddKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (adding.trim()) commitAdding();
    } else if (event.key === 'Escape' && adding) {
      event.preventDefault();
      handle.edit((d) => ({ ...d, adding: '' }));
    }
  };

  const addError = issueAt(handle.issues, 'adding');

  return (
    <SectionFrame title="Key facts">
      <div className="facts" {...handle.focusProps}>
        {facts.length > 0 && (
          <ul className="fact-list">
            {facts.map((fact, index) => {
              const message = issueAt(handle.issues, fact.key);
              return (
                <li key={fact.key} className="fact">
                  <span className="bullet" aria-hidden="true" />
                  <div className="cell main-cell">
                    <input
                      aria-label={`Key fact ${index + 1}`}
                      className="inline-input"
                      value={fact.text}
                      aria-invalid={Boolean(message) || undefined}
                      aria-describedby={message ? `${fact.key}-error` : undefined}
                      onChange={(e) => setFact(fact.key, e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          void handle.flush();
                        }
                      }}
                    />
                    <FieldError id={`${fact.key}-error`} message={message} />
                  </div>
                  <button
                    type="button"
                    className="icon-button remove"
                    aria-label={`Remove key fact ${index + 1}`}
                    title="Remove"
                    onClick={() => remove(fact.key)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div className="cell add-fact">
          <input
            aria-label="Add a key fact"
            className="inline-input composer"
            placeholder="Add a key fact and press Enter"
            value={adding}
            aria-invalid={Boolean(addError) || undefined}
            aria-describedby={addError ? 'adding-fact-error' : undefined}
            onChange={(e) => handle.edit((d) => ({ ...d, adding: e.target.value }))}
            onKeyDown={onAddKey}
            onBlur={() => {
              if (adding.trim()) commitAdding();
            }}
          />
          <FieldError id="adding-fact-error" message={addError} />
        </div>
        <SaveProblem
          status={handle.status}
          error={handle.error}
          issues={handle.issues}
          placed={(path) => rowKeys.has(path)}
          onRetry={() => void handle.flush()}
        />
      </div>
    </SectionFrame>
  );
}

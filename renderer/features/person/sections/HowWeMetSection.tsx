import { useState } from 'react';
import type { Person, PersonRef } from '../../../../shared/domain/person';
import { Combobox } from '../common/Combobox';
import { findPeople } from '../common/lookups';
import { FieldError, SaveProblem, SectionFrame } from '../common/SectionFrame';
import { issueAt } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';
import { PersonLink } from './PersonLink';

interface MetDraft {
  howWeMet: string;
  metOn: string;
  introducedBy: PersonRef | null;
}

const FIELDS = ['howWeMet', 'metOn', 'introducedById'];

const metSpec: SectionSpec<MetDraft> = {
  id: 'howWeMet',
  sourceKey: (p) => JSON.stringify([p.howWeMet, p.metOn, p.introducedBy?.id ?? null]),
  toDraft: (p) => ({ howWeMet: p.howWeMet, metOn: p.metOn ?? '', introducedBy: p.introducedBy }),
  toPatch: (d) => ({
    patch: {
      howWeMet: d.howWeMet,
      metOn: d.metOn.trim() || null,
      introducedById: d.introducedBy?.id ?? null,
    },
  }),
};

export function HowWeMetSection({
  person,
  onOpenPerson,
}: {
  person: Person;
  onOpenPerson?: (id: string) => void;
}) {
  const handle = useSectionDraft(person, metSpec);
  const [query, setQuery] = useState('');
  const { howWeMet, metOn, introducedBy } = handle.draft;
  const err = (field: string) => issueAt(handle.issues, field);

  return (
    <SectionFrame title="How we met">
      <div className="met" {...handle.focusProps}>
        <div className="cell">
          <textarea
            aria-label="Story of how we met"
            className="inline-textarea"
            placeholder="Where, when, and what you talked about"
            rows={2}
            value={howWeMet}
            aria-invalid={Boolean(err('howWeMet')) || undefined}
            aria-describedby={err('howWeMet') ? 'how-we-met-error' : undefined}
            onChange={(e) => handle.edit((d) => ({ ...d, howWeMet: e.target.value }))}
          />
          <FieldError id="how-we-met-error" message={err('howWeMet')} />
        </div>
        <div className="met-details">
          <label className="inline-field">
            <span>Met on</span>
            <input
              type="date"
              aria-label="Met on"
              className="inline-input"
              value={metOn}
              aria-invalid={Boolean(err('metOn')) || undefined}
              aria-describedby={err('metOn') ? 'met-on-error' : undefined}
              onChange={(e) => handle.edit((d) => ({ ...d, metOn: e.target.value }))}
            />
            <FieldError id="met-on-error" message={err('metOn')} />
          </label>
          <div className="inline-field">
            <span aria-hidden="true">Introduced by</span>
            {introducedBy ? (
              <span className="picked-person">
                <PersonLink person={introducedBy} onOpenPerson={onOpenPerson} />
                <button
                  type="button"
                  className="icon-button remove"
                  aria-label={`Clear introduced by ${introducedBy.displayName}`}
                  title="Clear"
                  onClick={() => handle.edit((d) => ({ ...d, introducedBy: null }), 'now')}
                >
                  ×
                </button>
              </span>
            ) : (
              <Combobox
                label="Introduced by"
                className="inline-combobox"
                placeholder="Who introduced you?"
                value={query}
                search={(text) => findPeople(text, [person.id])}
                onChange={setQuery}
                onPick={(picked) => {
                  setQuery('');
                  handle.edit(
                    (d) => ({ ...d, introducedBy: { id: picked.id, displayName: picked.label } }),
                    'now',
                  );
                }}
                onEscape={() => setQuery('')}
              />
            )}
            <FieldError id="introduced-by-error" message={err('introducedById')} />
          </div>
        </div>
        <SaveProblem
          status={handle.status}
          error={handle.error}
          issues={handle.issues}
          placed={(path) => FIELDS.includes(path)}
          onRetry={() => void handle.flush()}
        />
      </div>
    </SectionFrame>
  );
}

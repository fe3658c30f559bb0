import type { KeyboardEvent } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { FieldError } from '../common/SectionFrame';
import { issueAt } from '../draft/rows';
import { textFieldSpec } from '../draft/scalar';
import { useSectionDraft } from '../draft/useSectionDraft';
import { PageMenu } from './PageMenu';
import { PhotoControl } from './PhotoControl';
import { SaveStatus } from './SaveStatus';
import { TagEditor } from './TagEditor';

const nameSpec = textFieldSpec('displayName');
const pronounsSpec = textFieldSpec('pronouns');

/** "Title @ Organization" of the first current role, the way people introduce themselves. */
export function headlineOf(person: Person): string {
  const role = person.roles.find((r) => r.current);
  if (!role) return '';
  return role.title ? `${role.title} @ ${role.organizationName}` : role.organizationName;
}

function onEnterSave(flush: () => Promise<void>) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void flush();
    }
  };
}

export function PersonHeader({ person, onMerge }: { person: Person; onMerge: () => void }) {
  const name = useSectionDraft(person, nameSpec);
  const pronouns = useSectionDraft(person, pronounsSpec);
  const nameError = issueAt(name.issues, 'displayName');
  const pronounsError = issueAt(pronouns.issues, 'pronouns');
  const headline = headlineOf(person);

  return (
    <header className="dossier-header">
      <PhotoControl person={person} />
      <div className="identity">
        <h1 className="dossier-name" aria-label={person.displayName}>
          {/* A one-line text area, so a long name wraps instead of scrolling out of sight. */}
          <textarea
            aria-label="Name"
            className="name-input"
            rows={1}
            value={name.draft}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={Boolean(nameError) || undefined}
            aria-describedby={nameError ? 'name-error' : undefined}
            onChange={(e) => name.edit(() => e.target.value.replace(/\s*\n\s*/g, ' '))}
            onKeyDown={onEnterSave(() => name.flush())}
            {...name.focusProps}
          />
        </h1>
        <FieldError id="name-error" message={nameError} />
        {headline && <p className="headline">{headline}</p>}
        <div className="pronouns">
          <input
            aria-label="Pronouns"
            className="inline-input pronouns-input"
            placeholder="Add pronouns"
            value={pronouns.draft}
            autoComplete="off"
            size={Math.max(12, pronouns.draft.length + 1)}
            aria-invalid={Boolean(pronounsError) || undefined}
            aria-describedby={pronounsError ? 'pronouns-error' : undefined}
            onChange={(e) => pronouns.edit(() => e.target.value)}
            onKeyDown={onEnterSave(() => pronouns.flush())}
            {...pronouns.focusProps}
          />
          <FieldError id="pronouns-error" message={pronounsError} />
        </div>
        <TagEditor person={person} />
      </div>
      <div className="header-tools">
        <SaveStatus />
        <PageMenu person={person} onMerge={onMerge} />
      </div>
    </header>
  );
}

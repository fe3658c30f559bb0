import { useMemo } from 'react';
import type { Organization } from '../../../shared/domain/organization';
import { TagChip } from '../../app/ui/TagChips';
import { usePeopleStore } from '../../stores/peopleStore';
import { useUiStore } from '../../stores/uiStore';
import { AutosaveText } from './AutosaveText';
import { ChipsField } from './ChipsField';
import { OrganizationMembers } from './OrganizationMembers';
import './organizations.css';
import {
  useOrganizationEditor,
  type FieldErrors,
  type OrganizationField,
  type OrganizationPatch,
  type SaveStatus,
} from './useOrganizationEditor';
import { WhoKnowsSection } from './WhoKnowsSection';

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: 'Changes save as you type',
  saving: 'Saving…',
  saved: 'Saved',
  invalid: 'Not saved: see the field marked in red',
};

function SaveIndicator({ status }: { status: SaveStatus }) {
  return (
    <span className={`autosave-status ${status}`} role="status" aria-live="polite">
      {STATUS_TEXT[status]}
    </span>
  );
}

interface EditorProps {
  organization: Organization;
  errors: FieldErrors;
  save: (field: OrganizationField, patch: OrganizationPatch) => Promise<boolean>;
}

function OrganizationFields({ organization: org, errors, save }: EditorProps) {
  const allTags = usePeopleStore((s) => s.tags);
  const tagNames = useMemo(() => allTags.map((t) => t.name), [allTags]);
  const tagByName = (name: string) =>
    org.tags.find((t) => t.name === name) ?? allTags.find((t) => t.name === name);

  return (
    <div className="org-fields">
      <ChipsField
        label="Domains"
        values={org.domains}
        error={errors.domains}
        placeholder="initech.com, initech.co.uk"
        onCommit={(domains) => save('domains', { domains })}
      />
      <AutosaveText
        label="Industry"
        initial={org.industry}
        error={errors.industry}
        placeholder="Software, banking, …"
        onSave={(industry) => void save('industry', { industry })}
      />
      <ChipsField
        label="Tags"
        values={org.tags.map((t) => t.name)}
        error={errors.tags}
        placeholder="Add a tag"
        suggestions={tagNames}
        renderChip={(name) => {
          const tag = tagByName(name);
          return tag ? <TagChip tag={tag} /> : <span className="chip-text">{name}</span>;
        }}
        onCommit={async (tags) => {
          const ok = await save('tags', { tags });
          if (ok) void usePeopleStore.getState().loadTags();
          return ok;
        }}
      />
      <AutosaveText
        label="Notes"
        multiline
        initial={org.notes}
        error={errors.notes}
        placeholder="What to remember about them: how they decide, who to ask, history…"
        onSave={(notes) => void save('notes', { notes })}
      />
    </div>
  );
}

/** One organization: every field saves itself; below, the people who work or worked there. */
export function OrganizationPage({ organizationId }: { organizationId: string }) {
  const {
    organization: org,
    loadError,
    errors,
    status,
    save,
  } = useOrganizationEditor(organizationId);
  const ui = useUiStore.getState;

  if (loadError) {
    return (
      <div className="empty-state">
        <p>{loadError}</p>
        <button type="button" onClick={() => ui().openOrganizations()}>
          Back to organizations
        </button>
      </div>
    );
  }
  if (!org) return null;

  const showInPeopleList = () => {
    const people = usePeopleStore.getState();
    people.clearFilters();
    people.setOrganizationId(org.id);
    ui().openPeople();
  };

  return (
    <article className="card org-page" aria-label={org.name}>
      <header className="org-header">
        <span className="avatar large org-mark" aria-hidden="true">
          {org.name.trim().charAt(0).toUpperCase() || '?'}
        </span>
        <div className="org-title">
          <AutosaveText
            label="Name"
            hideLabel
            className="title-input"
            initial={org.name}
            error={errors.name}
            onSave={(name) => void save('name', { name })}
          />
          <SaveIndicator status={status} />
        </div>
      </header>
      <OrganizationFields organization={org} errors={errors} save={save} />
      <WhoKnowsSection name={org.name} onOpenPerson={(id) => ui().openPerson(id)} />
      <section className="org-people" aria-labelledby="org-people-heading">
        <div className="section-head">
          <h2 id="org-people-heading">People</h2>
          {org.members.length > 0 && (
            <button type="button" className="link-button" onClick={showInPeopleList}>
              Show in people list
            </button>
          )}
        </div>
        <OrganizationMembers
          name={org.name}
          members={org.members}
          onOpenPerson={(id) => ui().openPerson(id)}
        />
      </section>
    </article>
  );
}

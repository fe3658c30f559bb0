import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../../shared/result';
import { useOrganizationStore } from '../../stores/organizationStore';

interface Props {
  onDone: (id: string) => void;
  onCancel: () => void;
}

type Field = 'name' | 'domains' | 'industry';
const FIELDS: readonly Field[] = ['name', 'domains', 'industry'];

/** `domains.2` → `domains`; anything not a field of this form → '' (shown above the buttons). */
function fieldOf(issue: FieldIssue): Field | '' {
  const head = issue.path.split('.')[0] ?? '';
  return (FIELDS as readonly string[]).includes(head) ? (head as Field) : '';
}

export function NewOrganizationForm({ onDone, onCancel }: Props) {
  const create = useOrganizationStore((s) => s.create);
  const [values, setValues] = useState<Record<Field, string>>({
    name: '',
    domains: '',
    industry: '',
  });
  const [issues, setIssues] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const domainList = values.domains
      .split(/[,\s]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const result = await create({
      name: values.name,
      domains: domainList,
      industry: values.industry,
    });
    setSaving(false);
    if (result.ok) {
      onDone(result.data.id);
      return;
    }
    const byField: Partial<Record<Field, string>> = {};
    for (const issue of result.error.issues ?? []) {
      const field = fieldOf(issue);
      if (!field || byField[field]) continue;
      const entry = field === 'domains' ? domainList[Number(issue.path.split('.')[1])] : undefined;
      byField[field] = entry ? `“${entry}”: ${issue.message}` : issue.message;
    }
    setIssues(byField);
    setFormError(Object.keys(byField).length > 0 ? null : result.error.message);
  };

  const field = (name: Field, label: string, hint?: string) => {
    const error = issues[name];
    return (
      <label className="field">
        <span>{label}</span>
        <input
          ref={name === 'name' ? nameRef : undefined}
          name={name}
          autoComplete="off"
          spellCheck={name !== 'domains'}
          value={values[name]}
          placeholder={hint}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `new-org-${name}-error` : undefined}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
        {error && (
          <span className="field-error" id={`new-org-${name}-error`} role="alert">
            {error}
          </span>
        )}
      </label>
    );
  };

  return (
    <form
      className="card form"
      aria-label="New organization"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h1>New organization</h1>
      {field('name', 'Name')}
      {field('domains', 'Domains', 'initech.com, initech.co.uk')}
      {field('industry', 'Industry')}
      {formError && (
        <p className="error-banner" role="alert">
          {formError}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Add organization
        </button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../../shared/result';
import { usePeopleStore } from '../../stores/peopleStore';

interface Props {
  onDone: (id: string) => void;
  onCancel: () => void;
}

function issueFor(issues: FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}

export function NewPersonForm({ onDone, onCancel }: Props) {
  const create = usePeopleStore((s) => s.create);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await create({ displayName, email });
    setSaving(false);
    if (result.ok) {
      onDone(result.data.id);
      return;
    }
    const fieldIssues = (result.error.issues ?? []).map((issue) =>
      issue.path === 'displayName' || issue.path === 'email' ? issue : { ...issue, path: '' },
    );
    setIssues(fieldIssues);
    const hasFieldIssue = fieldIssues.some((issue) => issue.path);
    setFormError(hasFieldIssue ? null : result.error.message);
  };

  const nameError = issueFor(issues, 'displayName');
  const emailError = issueFor(issues, 'email');

  return (
    <form
      className="card form"
      aria-label="New person"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h1>New person</h1>
      <label className="field">
        <span>Name</span>
        <input
          ref={nameRef}
          name="displayName"
          autoComplete="off"
          value={displayName}
          aria-invalid={Boolean(nameError)}
          aria-describedby={nameError ? 'name-error' : undefined}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        {nameError && (
          <span className="field-error" id="name-error" role="alert">
            {nameError}
          </span>
        )}
      </label>
      <label className="field">
        <span>Email</span>
        <input
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? 'email-error' : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
        {emailError && (
          <span className="field-error" id="email-error" role="alert">
            {emailError}
          </span>
        )}
      </label>
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
          Add person
        </button>
      </div>
    </form>
  );
}

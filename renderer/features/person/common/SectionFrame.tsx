import type { ReactNode } from 'react';
import type { AppError, FieldIssue } from '../../../../shared/result';
import type { SaveStatus } from '../draft/sectionDraft';

interface Props {
  title: string;
  children: ReactNode;
  /** Buttons shown next to the heading. */
  actions?: ReactNode;
  className?: string;
}

/** A titled part of the dossier; tests and screen readers find it by its label. */
export function SectionFrame({ title, children, actions, className }: Props) {
  return (
    <section aria-label={title} className={`dossier-section ${className ?? ''}`}>
      <header className="section-header">
        <h2>{title}</h2>
        {actions && <div className="section-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}

interface ProblemProps {
  status: SaveStatus;
  error: AppError | null;
  issues: FieldIssue[];
  /** True for the paths that a field shows next to itself. */
  placed: (path: string) => boolean;
  onRetry: () => void;
}

/** What went wrong with a save when no single field can show it. */
export function SaveProblem({ status, error, issues, placed, onRetry }: ProblemProps) {
  if (status === 'failed' && error) {
    return (
      <p className="section-problem" role="alert">
        Not saved: {error.message}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      </p>
    );
  }
  if (status !== 'invalid') return null;
  const unplaced = issues.filter((issue) => !placed(issue.path));
  const messages = unplaced.length
    ? unplaced.map((issue) => issue.message)
    : issues.length === 0 && error
      ? [error.message]
      : [];
  if (!messages.length) return null;
  return (
    <p className="section-problem" role="alert">
      {messages.join(' ')}
    </p>
  );
}

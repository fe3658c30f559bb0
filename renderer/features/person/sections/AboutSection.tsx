import { useState } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { FieldError, SaveProblem, SectionFrame } from '../common/SectionFrame';
import { issueAt } from '../draft/rows';
import { textFieldSpec } from '../draft/scalar';
import { useSectionDraft } from '../draft/useSectionDraft';
import { SafeMarkdown } from './SafeMarkdown';

const aboutSpec = textFieldSpec('about');

/** Free notes in Markdown: read as formatted text, written in a plain box with a live preview. */
export function AboutSection({ person }: { person: Person }) {
  const handle = useSectionDraft(person, aboutSpec);
  const [editing, setEditing] = useState(false);
  const text = handle.draft;
  const message = issueAt(handle.issues, 'about');

  const done = () => {
    void handle.flush();
    setEditing(false);
  };

  return (
    <SectionFrame
      title="About"
      actions={
        text.trim() || editing ? (
          <button
            type="button"
            className="link-button"
            onClick={editing ? done : () => setEditing(true)}
          >
            {editing ? 'Done' : 'Edit'}
          </button>
        ) : null
      }
    >
      <div {...handle.focusProps}>
        {editing ? (
          <div className="about-editor">
            <textarea
              aria-label="About (Markdown)"
              className="about-input"
              value={text}
              autoFocus
              rows={8}
              placeholder="Background, interests, family, what matters to them…"
              aria-invalid={Boolean(message) || undefined}
              aria-describedby={message ? 'about-error' : 'about-hint'}
              onChange={(e) => handle.edit(() => e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' || (e.key === 'Enter' && (e.metaKey || e.ctrlKey))) {
                  e.preventDefault();
                  done();
                }
              }}
            />
            <FieldError id="about-error" message={message} />
            <p className="hint" id="about-hint">
              Markdown: **bold**, *italic*, - lists, [links](https://…). Esc or Ctrl+Enter when
              done.
            </p>
            {text.trim() && (
              <div className="about-preview">
                <p className="preview-label">Preview</p>
                <SafeMarkdown text={text} />
              </div>
            )}
          </div>
        ) : text.trim() ? (
          <SafeMarkdown text={text} />
        ) : (
          <button type="button" className="add-button" onClick={() => setEditing(true)}>
            + Write about {person.displayName.split(/\s+/)[0]}
          </button>
        )}
        <SaveProblem
          status={handle.status}
          error={handle.error}
          issues={handle.issues}
          placed={(path) => path === 'about'}
          onRetry={() => void handle.flush()}
        />
      </div>
    </SectionFrame>
  );
}

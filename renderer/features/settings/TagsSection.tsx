import { useEffect, useRef, useState } from 'react';
import type { TagWithUsage } from '../../../shared/domain/tag';
import { call } from '../../api';
import { TagRow } from './TagRow';
import './tagsSection.css';

/**
 * Every tag, with how many carry it: rename, recolour or delete it, and say how often to keep in
 * touch with everyone who has it (their own cadence, set on their page, wins).
 */
export function TagsSection() {
  const [tags, setTags] = useState<TagWithUsage[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void call('tags.list', {}).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setLoadError(result.error.message);
        return;
      }
      setLoadError(null);
      setTags([...result.data].sort((a, b) => a.name.localeCompare(b.name)));
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  const replace = (updated: TagWithUsage) =>
    setTags((list) => list?.map((t) => (t.id === updated.id ? updated : t)) ?? null);
  const remove = (id: string) => {
    setTags((list) => list?.filter((t) => t.id !== id) ?? null);
    heading.current?.focus();
  };

  return (
    <section className="settings-section" aria-labelledby="settings-tags">
      <header className="settings-section-head">
        <h2 id="settings-tags" ref={heading} tabIndex={-1}>
          Tags
        </h2>
      </header>
      <p className="settings-intro muted">
        Keep in touch with everyone carrying a tag this often, unless their own page says otherwise.
        Whoever is due shows in Reach out.
      </p>
      {loadError && (
        <p className="field-error" role="alert">
          Could not read your tags: {loadError}{' '}
          <button type="button" className="link-button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </p>
      )}
      {!tags && !loadError && (
        <p className="muted" role="status">
          Loading…
        </p>
      )}
      {tags?.length === 0 && (
        <p className="settings-none muted">
          No tags yet. Add one on a person’s or an organization’s page; it shows here to rename,
          recolour or give a keep-in-touch default.
        </p>
      )}
      {tags && tags.length > 0 && (
        <div className="tag-settings">
          {/* Column titles for the eye; each field carries its own name for screen readers. */}
          <div className="tag-setting tag-settings-head" aria-hidden="true">
            <span>Tag</span>
            <span>Name</span>
            <span>Colour</span>
            <span>Keep in touch</span>
          </div>
          <ul aria-label="Tags">
            {tags.map((tag) => (
              <TagRow key={tag.id} tag={tag} onChanged={replace} onDeleted={remove} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

import type { Tag } from '../../../shared/domain/tag';
import './tags.css';

export function TagChip({ tag }: { tag: Tag }) {
  return (
    <span className="tag-chip" data-color={tag.color}>
      {tag.name}
    </span>
  );
}

/** The first few tags, then "+N" naming the rest in its tooltip, so a row keeps its height. */
export function TagChips({ tags, max = 3 }: { tags: readonly Tag[]; max?: number }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, max);
  const rest = tags.slice(max);
  return (
    <span className="tag-chips">
      {shown.map((tag) => (
        <TagChip key={tag.id} tag={tag} />
      ))}
      {rest.length > 0 && (
        <span className="tag-chip more" title={rest.map((t) => t.name).join(', ')}>
          +{rest.length}
        </span>
      )}
    </span>
  );
}

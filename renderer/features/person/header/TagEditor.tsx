import { useRef, useState } from 'react';
import type { Person } from '../../../../shared/domain/person';
import type { TagColor } from '../../../../shared/domain/tag';
import { Combobox } from '../common/Combobox';
import { findTags, sameName } from '../common/lookups';
import { FieldError } from '../common/SectionFrame';
import { keyRows, listPlan, newRowKey, type Row } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';

const tagSpec: SectionSpec<Row<{ name: string }>[]> = {
  id: 'tags',
  sourceKey: (p) => JSON.stringify(p.tags.map((t) => t.name)),
  toDraft: (p, previous) =>
    keyRows(
      p.tags.map((t) => ({ name: t.name })),
      previous,
    ),
  toPatch: (rows) => listPlan('tags', rows, (row) => row.name),
};

/** Coloured tag chips with type-ahead over existing tags; a new name creates the tag. */
export function TagEditor({ person }: { person: Person }) {
  const handle = useSectionDraft(person, tagSpec);
  const [text, setText] = useState('');
  const [colors, setColors] = useState<Record<string, TagColor>>({});
  const inputRef = useRef<HTMLInputElement>(null);
  const colorOf = (name: string): TagColor =>
    person.tags.find((t) => sameName(t.name, name))?.color ?? colors[name] ?? 'gray';

  const add = (name: string, color?: TagColor) => {
    const clean = name.trim();
    setText('');
    if (!clean || handle.draft.some((row) => sameName(row.name, clean))) return;
    if (color) setColors((known) => ({ ...known, [clean]: color }));
    handle.edit((rows) => [...rows, { name: clean, key: newRowKey() }], 'now');
  };
  const remove = (key: string) => {
    handle.edit((rows) => rows.filter((row) => row.key !== key), 'now');
    inputRef.current?.focus();
  };
  const problem =
    handle.issues[0]?.message ?? (handle.status === 'failed' ? handle.error?.message : undefined);

  return (
    <div className="tag-editor" role="group" aria-label="Tags" {...handle.focusProps}>
      <ul className="tag-list">
        {handle.draft.map((row) => (
          <li key={row.key} className={`tag tag-${colorOf(row.name)}`}>
            <span>{row.name}</span>
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${row.name}`}
              title="Remove tag"
              onClick={() => remove(row.key)}
            >
              ×
            </button>
          </li>
        ))}
        <li className="tag-add">
          <Combobox
            label="Add tag"
            className="tag-combobox"
            placeholder="+ Tag"
            value={text}
            inputRef={inputRef}
            openOnFocus
            search={(query) =>
              findTags(
                query,
                handle.draft.map((row) => row.name),
              )
            }
            createLabel={(name) => `Create tag “${name}”`}
            onChange={setText}
            onPick={(tag) => add(tag.label, tag.color)}
            onEnterText={(name) => add(name)}
            onEscape={() => {
              setText('');
              inputRef.current?.blur();
            }}
          />
        </li>
      </ul>
      <FieldError id="tags-error" message={problem} />
    </div>
  );
}

import { useRef, useState } from 'react';
import { CADENCES, type Cadence } from '../../../shared/domain/insights';
import { TAG_COLORS, type TagColor, type TagWithUsage } from '../../../shared/domain/tag';
import type { Result } from '../../../shared/result';
import { call } from '../../api';
import { TagChip } from '../../app/ui/TagChips';
import { useOrganizationStore } from '../../stores/organizationStore';
import { usePeopleStore } from '../../stores/peopleStore';
import { useReachOutStore } from '../../stores/reachOutStore';
import { cadenceChoice, usageText } from '../reachOut/reachOutText';

type Field = 'name' | 'color' | 'cadence' | 'delete';
interface Problem {
  field: Field;
  message: string;
}

/** Every part of the app that shows tags, or whom a tag's cadence makes due, reads again. */
function tagsChanged({ shown }: { shown: boolean }) {
  if (shown) {
    usePeopleStore.getState().refresh();
    void useOrganizationStore.getState().load();
  } else {
    void usePeopleStore.getState().loadTags();
  }
  void useReachOutStore.getState().load();
}

const colorName = (color: TagColor) => color.charAt(0).toUpperCase() + color.slice(1);

interface RowProps {
  tag: TagWithUsage;
  onChanged: (tag: TagWithUsage) => void;
  onDeleted: (id: string) => void;
}

/** One tag: its name, colour and keep-in-touch default, each saved as it changes. */
export function TagRow({ tag, onChanged, onDeleted }: RowProps) {
  const [name, setName] = useState(tag.name);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const renaming = useRef<string | null>(null);
  const errorId = `tag-${tag.id}-error`;

  const save = async <T,>(
    field: Field,
    send: () => Promise<Result<T>>,
    apply: (data: T) => void,
  ) => {
    setProblem(null);
    const result = await send();
    if (!result.ok) {
      // The core's message names the problem ("There is already a tag named “Client”.").
      setProblem({ field, message: result.error.message });
      return false;
    }
    apply(result.data);
    return true;
  };

  const rename = () => {
    const next = name.trim();
    if (next === tag.name) {
      setName(tag.name);
      if (problem?.field === 'name') setProblem(null);
      return;
    }
    // Enter saves and the blur that may follow would save the same name again.
    if (renaming.current === next) return;
    renaming.current = next;
    void save(
      'name',
      () => call('tags.update', { id: tag.id, name: next }),
      (updated) => {
        onChanged(updated);
        setName(updated.name);
        tagsChanged({ shown: true });
      },
    ).finally(() => {
      renaming.current = null;
    });
  };

  const invalid = (field: Field) => (problem?.field === field ? true : undefined);
  const described = (field: Field) => (problem?.field === field ? errorId : undefined);
  const cadences = CADENCES.filter((c) => c !== 'none' || tag.cadence === 'none');

  return (
    <li className="tag-setting">
      <div className="tag-setting-who">
        <TagChip tag={tag} />
        <span className="muted">{usageText(tag.people, tag.organizations)}</span>
      </div>
      <input
        aria-label={`Name of ${tag.name}`}
        value={name}
        maxLength={50}
        aria-invalid={invalid('name')}
        aria-describedby={described('name')}
        onChange={(e) => setName(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => {
          if (e.key === 'Enter') rename();
          if (e.key === 'Escape' && name !== tag.name) {
            e.preventDefault();
            setName(tag.name);
            setProblem(null);
          }
        }}
      />
      <select
        aria-label={`Colour of ${tag.name}`}
        value={tag.color}
        aria-invalid={invalid('color')}
        aria-describedby={described('color')}
        onChange={(e) => {
          const color = e.target.value as TagColor;
          void save(
            'color',
            () => call('tags.update', { id: tag.id, color }),
            (updated) => {
              onChanged(updated);
              tagsChanged({ shown: true });
            },
          );
        }}
      >
        {TAG_COLORS.map((color) => (
          <option key={color} value={color}>
            {colorName(color)}
          </option>
        ))}
      </select>
      <select
        aria-label={`Keep in touch with ${tag.name}`}
        value={tag.cadence ?? ''}
        aria-invalid={invalid('cadence')}
        aria-describedby={described('cadence')}
        onChange={(e) => {
          const cadence = e.target.value === '' ? null : (e.target.value as Cadence);
          void save(
            'cadence',
            () => call('tags.setCadence', { id: tag.id, cadence }),
            (updated) => {
              onChanged({ ...tag, cadence: updated.cadence });
              tagsChanged({ shown: false });
            },
          );
        }}
      >
        <option value="">No default</option>
        {cadences.map((cadence) => (
          <option key={cadence} value={cadence}>
            {cadenceChoice(cadence)}
          </option>
        ))}
      </select>
      <button
        type="button"
        ref={deleteButton}
        aria-label={`Delete ${tag.name}`}
        aria-expanded={confirming}
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
      {problem && (
        <p className="field-error tag-setting-error" id={errorId} role="alert">
          {problem.message}
        </p>
      )}
      {confirming && (
        <div
          className="source-confirm tag-setting-confirm"
          role="group"
          aria-label={`Delete ${tag.name}?`}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        >
          <p>
            Delete the tag “{tag.name}”?{' '}
            {tag.people + tag.organizations === 0
              ? 'No one carries it.'
              : `It is taken off ${usageText(tag.people, tag.organizations)}; they are not changed otherwise.`}
          </p>
          <div className="source-confirm-actions">
            <button
              type="button"
              className="danger"
              onClick={() =>
                void save(
                  'delete',
                  () => call('tags.delete', { id: tag.id }),
                  () => {
                    onDeleted(tag.id);
                    tagsChanged({ shown: true });
                  },
                )
              }
            >
              Delete tag
            </button>
            <button
              type="button"
              autoFocus
              onClick={() => {
                setConfirming(false);
                deleteButton.current?.focus();
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

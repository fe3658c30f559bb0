import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { FollowUp } from '../../../shared/domain/interaction';
import { dueText, fullDate } from './dueText';

export type RowEdit = 'title' | 'due' | 'delete' | null;

interface Props {
  item: FollowUp;
  today: string;
  overdue: boolean;
  /** The keyboard cursor is here: the row is the list's tab stop. */
  active: boolean;
  edit: RowEdit;
  rowRef: Ref<HTMLLIElement>;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onToggle: () => void;
  onEdit: (edit: RowEdit) => void;
  onSaveTitle: (title: string) => void;
  onSaveDue: (dueOn: string | null) => void;
  onDelete: () => void;
  onOpenPerson: (id: string) => void;
}

const doneFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

function TitleEditor({
  item,
  onSave,
  onCancel,
}: {
  item: FollowUp;
  onSave: (title: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(item.title);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const title = text.trim();
    if (!title) {
      setError('A follow-up needs a few words');
      return;
    }
    if (title === item.title) onCancel();
    else onSave(title);
  };
  return (
    <span className="fu-edit">
      <input
        className="fu-title-input"
        aria-label="Follow-up title"
        aria-invalid={Boolean(error) || undefined}
        autoFocus
        maxLength={500}
        value={text}
        onFocus={(e) => {
          const end = e.currentTarget.value.length;
          e.currentTarget.setSelectionRange(end, end);
        }}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
        onBlur={() => {
          if (text.trim()) save();
          else onCancel();
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

function DueEditor({
  item,
  onSave,
  onCancel,
}: {
  item: FollowUp;
  onSave: (dueOn: string | null) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(item.dueOn ?? '');
  const save = () => {
    const dueOn = value || null;
    if (dueOn === item.dueOn) onCancel();
    else onSave(dueOn);
  };
  return (
    <span className="fu-due-edit">
      <input
        type="date"
        aria-label={`Due date for “${item.title}”`}
        autoFocus
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
        onBlur={save}
      />
      <span className="fu-hint">Enter saves · empty for no date</span>
    </span>
  );
}

function DeleteConfirm({
  item,
  onDelete,
  onCancel,
}: {
  item: FollowUp;
  onDelete: () => void;
  onCancel: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <span
      className="fu-confirm"
      role="group"
      aria-label={`Delete “${item.title}”?`}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <span>Delete this follow-up?</span>
      <button type="button" className="fu-danger" ref={button} onClick={onDelete}>
        Delete
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}

/** One follow-up: check it off, rename it, move it, or open the people it concerns. */
export function FollowUpRow({
  item,
  today,
  overdue,
  active,
  edit,
  rowRef,
  onFocus,
  onKeyDown,
  onToggle,
  onEdit,
  onSaveTitle,
  onSaveDue,
  onDelete,
  onOpenPerson,
}: Props) {
  const done = Boolean(item.doneAt);
  const when = done
    ? `Done ${doneFormat.format(new Date(item.doneAt ?? ''))}`
    : item.dueOn
      ? dueText(item.dueOn, today)
      : 'No date';
  const classes = ['fu-row', overdue && !done ? 'overdue' : '', done ? 'done' : ''];

  return (
    <li
      ref={rowRef}
      className={classes.filter(Boolean).join(' ')}
      tabIndex={active ? 0 : -1}
      data-id={item.id}
      aria-current={active || undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
      onKeyDown={onKeyDown}
    >
      <input
        type="checkbox"
        className="fu-check"
        tabIndex={-1}
        checked={done}
        aria-label={item.title}
        // The row keeps the focus: it is where the keys work.
        onMouseDown={(e) => e.preventDefault()}
        onChange={onToggle}
      />
      {edit === 'title' ? (
        <TitleEditor item={item} onSave={onSaveTitle} onCancel={() => onEdit(null)} />
      ) : (
        <span className="fu-title" onDoubleClick={() => onEdit('title')}>
          {item.title}
        </span>
      )}
      {item.people.length > 0 && (
        <span className="fu-people">
          {item.people.map((person) => (
            <button
              key={person.id}
              type="button"
              className="link-button"
              tabIndex={active ? 0 : -1}
              onClick={() => onOpenPerson(person.id)}
            >
              {person.displayName}
            </button>
          ))}
        </span>
      )}
      {edit === 'due' ? (
        <DueEditor item={item} onSave={onSaveDue} onCancel={() => onEdit(null)} />
      ) : (
        <button
          type="button"
          className="fu-due"
          tabIndex={-1}
          title={item.dueOn ? `Due ${fullDate(item.dueOn)} — change (D)` : 'Set a due date (D)'}
          aria-label={`${when}, change due date`}
          onClick={() => onEdit('due')}
        >
          {when}
        </button>
      )}
      {edit === 'delete' ? (
        <DeleteConfirm item={item} onDelete={onDelete} onCancel={() => onEdit(null)} />
      ) : (
        <button
          type="button"
          className="fu-delete"
          tabIndex={-1}
          aria-label={`Delete “${item.title}”`}
          title="Delete (Del)"
          onClick={() => onEdit('delete')}
        >
          ×
        </button>
      )}
    </li>
  );
}

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { FollowUp } from '../../../shared/domain/interaction';
import { useReloadOnChange } from '../../app/useReloadOnChange';
import { useFollowUpStore } from '../../stores/followUpStore';
import { hasCommandKey } from '../../app/ui/keys';
import { AddFollowUp } from './AddFollowUp';
import { countOpen, OPEN_BUCKETS, type BucketName } from './buckets';
import { FollowUpRow, type RowEdit } from './FollowUpRow';
import './followUps.css';

const TITLES: Record<BucketName, string> = {
  overdue: 'Overdue',
  today: 'Today',
  upcoming: 'Upcoming',
  someday: 'Someday',
  done: 'Done',
};

interface Props {
  onOpenPerson: (id: string) => void;
}

/**
 * Everything promised to someone, by when: overdue, today, upcoming, someday, and what is done.
 * Keyboard: ↑/↓ move, Space or X checks off (or reopens), Enter renames, D changes the date,
 * Delete deletes (after asking), N adds, ⌘Z / Ctrl+Z undoes the last check-off.
 */
const reloadFollowUps = () => void useFollowUpStore.getState().load();

export function FollowUpsScreen({ onOpenPerson }: Props) {
  const buckets = useFollowUpStore((s) => s.buckets);
  const today = useFollowUpStore((s) => s.today);
  const loadError = useFollowUpStore((s) => s.loadError);
  const error = useFollowUpStore((s) => s.error);
  const store = useFollowUpStore.getState;
  const [showDone, setShowDone] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [edit, setEdit] = useState<{ id: string; edit: RowEdit } | null>(null);
  const [undo, setUndo] = useState<{ id: string; title: string; done: boolean } | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const addRef = useRef<HTMLInputElement>(null);
  /** A row to focus once it is on screen (after it moved, or the row it replaced). */
  const focusNext = useRef<string | null>(null);

  useEffect(() => void useFollowUpStore.getState().load(), []);
  useReloadOnChange(reloadFollowUps);

  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    rows.current.get(id)?.focus();
  });

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(timer);
  }, [undo]);

  const visible = useMemo(() => {
    if (!buckets) return [];
    const open = OPEN_BUCKETS.flatMap((name) => buckets[name]);
    return showDone ? [...open, ...buckets.done] : open;
  }, [buckets, showDone]);
  const activeIndex = visible.findIndex((f) => f.id === activeId);
  const cursor = activeIndex >= 0 ? activeIndex : 0;

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    rows.current.get(id)?.focus();
  };

  /** For a row about to move (or appear): focused once the change is on screen. */
  const focusAfterRender = (id: string) => {
    setActiveId(id);
    focusNext.current = id;
  };

  /** The row that takes the cursor when `item` leaves its place. */
  const neighbourOf = (item: FollowUp) => {
    const index = visible.findIndex((f) => f.id === item.id);
    return visible[index + 1]?.id ?? visible[index - 1]?.id;
  };

  const toggle = (item: FollowUp) => {
    const done = !item.doneAt;
    const next = neighbourOf(item);
    setUndo({ id: item.id, title: item.title, done });
    void store().setDone(item.id, done);
    if (next) focusRow(next);
    else setActiveId(item.id);
  };

  const remove = (item: FollowUp) => {
    const next = neighbourOf(item);
    setEdit(null);
    void store().remove(item.id);
    if (next) focusRow(next);
    else addRef.current?.focus();
  };

  const onRowKey = (item: FollowUp, event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.nativeEvent.isComposing)
      return;
    const index = visible.findIndex((f) => f.id === item.id);
    const run = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (hasCommandKey(event)) {
      if (event.key.toLowerCase() === 'z' && undo) run(undoLast);
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        run(() => focusRow(visible[Math.min(index + 1, visible.length - 1)]?.id));
        break;
      case 'ArrowUp':
      case 'k':
        run(() => (index === 0 ? addRef.current?.focus() : focusRow(visible[index - 1]?.id)));
        break;
      case 'Home':
        run(() => focusRow(visible[0]?.id));
        break;
      case 'End':
        run(() => focusRow(visible.at(-1)?.id));
        break;
      case ' ':
      case 'x':
      case 'X':
        run(() => toggle(item));
        break;
      case 'Enter':
        run(() => setEdit({ id: item.id, edit: 'title' }));
        break;
      case 'd':
      case 'D':
        run(() => setEdit({ id: item.id, edit: 'due' }));
        break;
      case 'Delete':
      case 'Backspace':
        run(() => setEdit({ id: item.id, edit: 'delete' }));
        break;
      case 'n':
      case 'N':
        run(() => addRef.current?.focus());
        break;
    }
  };

  const undoLast = () => {
    if (!undo) return;
    focusAfterRender(undo.id);
    void store().setDone(undo.id, !undo.done);
    setUndo(null);
  };

  const endEdit = (id: string) => {
    setEdit(null);
    focusAfterRender(id);
  };

  const renderRow = (item: FollowUp, bucket: BucketName) => (
    <FollowUpRow
      key={item.id}
      item={item}
      today={today}
      overdue={bucket === 'overdue'}
      active={visible[cursor]?.id === item.id}
      edit={edit?.id === item.id ? edit.edit : null}
      rowRef={(element) => {
        if (element) rows.current.set(item.id, element);
        else rows.current.delete(item.id);
      }}
      onFocus={() => setActiveId(item.id)}
      onKeyDown={(event) => onRowKey(item, event)}
      onToggle={() => toggle(item)}
      onEdit={(next) => (next ? setEdit({ id: item.id, edit: next }) : endEdit(item.id))}
      onSaveTitle={(title) => {
        endEdit(item.id);
        void store().change(item.id, { title });
      }}
      onSaveDue={(dueOn) => {
        endEdit(item.id);
        void store().change(item.id, { dueOn });
      }}
      onDelete={() => remove(item)}
      onOpenPerson={onOpenPerson}
    />
  );

  const openCount = buckets ? countOpen(buckets) : 0;
  const nothing = buckets && openCount === 0 && buckets.done.length === 0;

  return (
    <div className="follow-ups">
      <header className="fu-header">
        <h1>Follow-ups</h1>
        {buckets && (
          <span className="muted fu-count">
            {openCount === 0 ? 'Nothing open' : `${openCount} open`}
          </span>
        )}
      </header>
      <AddFollowUp
        inputRef={addRef}
        onAdded={(id) => setActiveId(id)}
        onLeave={() => focusRow(visible[cursor]?.id)}
      />
      {error && (
        <p className="error-banner fu-error" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => store().dismissError()}>
            Dismiss
          </button>
        </p>
      )}
      {loadError && (
        <p className="error-banner fu-error" role="alert">
          Could not load your follow-ups: {loadError}{' '}
          <button type="button" className="link-button" onClick={() => void store().load()}>
            Try again
          </button>
        </p>
      )}
      {undo && (
        <p className="fu-undo" role="status">
          {undo.done ? 'Checked off' : 'Reopened'} “{undo.title}”.{' '}
          <button type="button" className="link-button" onClick={undoLast}>
            Undo
          </button>
        </p>
      )}
      {nothing && (
        <div className="fu-empty">
          <p className="fu-empty-title">No follow-ups yet</p>
          <p className="muted">
            Add one above, or end a line of a quick-capture note with a promise: “[ ] send the deck
            by 2026-12-01” becomes a follow-up with the people you spoke to.
          </p>
        </div>
      )}
      {buckets && !nothing && openCount === 0 && (
        <p className="fu-caught-up muted">All caught up: nothing is waiting on you.</p>
      )}
      {buckets &&
        OPEN_BUCKETS.map((name) =>
          buckets[name].length === 0 ? null : (
            <section key={name} className={`fu-group fu-${name}`} aria-labelledby={`fu-${name}`}>
              <h2 id={`fu-${name}`}>
                {TITLES[name]} <span className="fu-group-count">{buckets[name].length}</span>
              </h2>
              <ul className="fu-list" aria-label={TITLES[name]}>
                {buckets[name].map((item) => renderRow(item, name))}
              </ul>
            </section>
          ),
        )}
      {buckets && buckets.done.length > 0 && (
        <section className="fu-group fu-done">
          <h2>
            <button
              type="button"
              className="fu-done-toggle"
              aria-expanded={showDone}
              onClick={() => setShowDone(!showDone)}
            >
              <span className="fu-caret" aria-hidden="true">
                {showDone ? '▾' : '▸'}
              </span>
              Done <span className="fu-group-count">{buckets.done.length}</span>
            </button>
          </h2>
          {showDone && (
            <ul className="fu-list" aria-label="Done">
              {buckets.done.map((item) => renderRow(item, 'done'))}
            </ul>
          )}
        </section>
      )}
      {buckets && !nothing && (
        <p className="fu-keys muted" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Space</kbd> done · <kbd>Enter</kbd> rename ·{' '}
          <kbd>D</kbd> date · <kbd>Del</kbd> delete · <kbd>N</kbd> new
        </p>
      )}
    </div>
  );
}

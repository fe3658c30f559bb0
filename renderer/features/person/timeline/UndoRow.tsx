import { useEffect, useRef, useState } from 'react';
import { shortcut } from '../../../app/ui/keys';
import type { DeletedEntry } from './timelineStore';

/** How long the offer to undo a delete stays, not counting while it is pointed at or focused. */
export const UNDO_MS = 10_000;

interface Props {
  entry: DeletedEntry;
  /** Just deleted from here: Undo takes focus, so the keyboard does not lose its place. */
  focusOnMount: boolean;
  onUndo: () => void;
  onExpire: () => void;
}

/** Stands where the deleted interaction was: "Interaction deleted — Undo", for ten seconds. */
export function UndoRow({ entry, focusOnMount, onUndo, onExpire }: Props) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const paused = held.hover || held.focus;
  const remaining = useRef(UNDO_MS);
  const expire = useRef(onExpire);

  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (focusOnMount) buttonRef.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => expire.current(), remaining.current);
    return () => {
      window.clearTimeout(timer);
      // Time pointed at or focused does not count; a little is always left to act.
      remaining.current = Math.max(3_000, remaining.current - (Date.now() - started));
    };
  }, [paused]);

  const title = entry.interaction.title.trim();
  return (
    <article
      className="timeline-entry timeline-undo"
      aria-label="Deleted interaction"
      tabIndex={-1}
      data-timeline-entry=""
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <span>
        Interaction deleted{title ? <span className="undo-title"> · {title}</span> : null}
      </span>
      <span className="undo-sep" aria-hidden="true">
        —
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="link-button"
        aria-keyshortcuts={shortcut('Z').replace('⌘', 'Meta+')}
        title={`Undo (${shortcut('Z')})`}
        onClick={onUndo}
      >
        Undo
      </button>
    </article>
  );
}

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { savedAtText } from './timeText';

interface ConfirmProps {
  question: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  onKeep: () => void;
}

/** "Are you sure?" in place, not in a second window: the safe answer has the focus. */
export function InlineConfirm({
  question,
  confirmLabel,
  keepLabel,
  onConfirm,
  onKeep,
}: ConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onKeep();
    }
  };
  return (
    <div className="capture-confirm" role="group" aria-label={question} onKeyDown={onKeyDown}>
      <span>{question}</span>
      <button type="button" className="danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" ref={keep} onClick={onKeep}>
        {keepLabel}
      </button>
    </div>
  );
}

interface RestoredProps {
  mode: 'create' | 'edit';
  from: string;
  onDiscard: () => void;
}

/** Says that what is shown was left unfinished earlier, and offers to throw it away. */
export function RestoredNotice({ mode, from, onDiscard }: RestoredProps) {
  const when = savedAtText(from, new Date());
  return (
    <div className="capture-notice" role="status">
      <span>
        {mode === 'create'
          ? `Restored your unfinished note from ${when}.`
          : `Restored your unsaved changes from ${when}.`}
      </span>
      <button type="button" className="link-button" onClick={onDiscard}>
        {mode === 'create' ? 'Discard' : 'Discard changes'}
      </button>
    </div>
  );
}

export function OtherDraftsNotice({ count, onOpen }: { count: number; onOpen: () => void }) {
  return (
    <div className="capture-notice subtle">
      <span>
        {count === 1
          ? 'You have one more unfinished note.'
          : `You have ${count} more unfinished notes.`}
      </span>
      <button type="button" className="link-button" onClick={onOpen}>
        {count === 1 ? 'Show it' : 'Show the next'}
      </button>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import type { Interaction } from '../../../../shared/domain/interaction';
import { describeInteraction } from './InteractionCard';

interface Props {
  interaction: Interaction;
  now: Date;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before deleting an interaction. A native modal <dialog>: focus stays inside, Escape
 * cancels, and Delete is focused, so Delete then Enter deletes from the keyboard.
 */
export function DeleteDialog({ interaction, now, onConfirm, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first button, Cancel; Delete takes it, as a delete can be undone.
    confirmRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const followUps = interaction.followUps.length;
  return (
    <dialog
      ref={dialogRef}
      className="timeline-dialog"
      aria-labelledby="delete-interaction-title"
      aria-describedby="delete-interaction-text"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="delete-interaction-title">Delete this interaction?</h2>
      <p id="delete-interaction-text">
        {capitalise(describeInteraction(interaction, now))}
        {followUps > 0
          ? ` and its ${followUps === 1 ? 'follow-up' : `${followUps} follow-ups`} will be deleted.`
          : ' will be deleted.'}{' '}
        You can undo this for a few seconds afterwards.
      </p>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button ref={confirmRef} type="button" className="primary danger" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </dialog>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

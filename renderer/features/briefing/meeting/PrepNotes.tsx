import { useEffect, useId } from 'react';
import type { BriefingMeeting } from '../../../../shared/domain/briefing';
import {
  occurrenceKey,
  useBriefingStore,
  type PrepDraft,
  type PrepStatus,
} from '../../../stores/briefingStore';

/** The contract's PREP_NOTES_MAX, kept here so the renderer does not bundle the schemas. */
const PREP_NOTES_MAX = 50_000;

const STATUS_TEXT: Record<Exclude<PrepStatus, 'failed'>, string> = {
  editing: '',
  saving: 'Saving…',
  saved: 'Saved',
};

function statusText(draft: PrepDraft | undefined): string {
  if (!draft) return '';
  if (draft.status !== 'failed') return STATUS_TEXT[draft.status];
  return draft.retrying ? 'Not saved yet — retrying' : `Not saved: ${draft.error ?? ''}`;
}

/**
 * The user's own talking points for this occurrence, saved as they type (and at once when they
 * leave the field or the screen). Printed as plain text; the editor itself never prints.
 */
export function PrepNotes({ meeting }: { meeting: BriefingMeeting }) {
  const id = useId();
  const event = meeting.key;
  const draft = useBriefingStore((s) => s.prep[occurrenceKey(event)]);
  const body = draft?.body ?? meeting.prepNotes;
  const title = meeting.title || 'this meeting';

  // Leaving the screen (or the day) saves what is pending.
  useEffect(
    () => () => void useBriefingStore.getState().flushPrep(event),
    // The occurrence, not the object: a refreshed briefing is the same meeting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [event.source, event.uid, event.recurrenceId],
  );

  return (
    <div className="prep">
      <div className="prep-head">
        <label htmlFor={id} className="prep-label">
          Prep notes
        </label>
        <span
          className={draft?.status === 'failed' ? 'prep-status failed' : 'prep-status'}
          role="status"
          title={draft?.error ?? undefined}
        >
          {statusText(draft)}
        </span>
      </div>
      <textarea
        id={id}
        className="prep-editor"
        aria-label={`Prep notes for ${title}`}
        placeholder="Talking points, questions to ask, what you want out of it…"
        value={body}
        maxLength={PREP_NOTES_MAX}
        rows={Math.min(8, Math.max(2, body.split('\n').length + 1))}
        onChange={(e) => useBriefingStore.getState().editPrep(event, e.target.value)}
        onBlur={() => void useBriefingStore.getState().flushPrep(event)}
      />
      {body.trim() && <p className="prep-print">{body}</p>}
    </div>
  );
}

import { useState } from 'react';
import type { PreviousInSeries as Previous } from '../../../../shared/domain/briefing';
import { INTERACTION_KIND_LABELS } from '../../../../shared/domain/interaction';
import { useCaptureStore } from '../../../stores/captureStore';
import { localDateOf } from '../../calendar/meetingText';
import { daysAwayText, firstLines } from '../briefingText';
import { shortDate } from '../../calendar/dates';

/** Longer than this, an invite's text is folded to its first lines until asked. */
const FOLD_CHARS = 280;
const FOLD_LINES = 4;

/** The invite's own text: agenda, dial-in, context. Folded when long; printed in full. */
export function InviteText({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const trimmed = text.trim();
  if (!trimmed) return null;
  const long = trimmed.length > FOLD_CHARS || trimmed.split('\n').length > FOLD_LINES;
  return (
    <div className={long && !open ? 'invite-text folded' : 'invite-text'}>
      <p>{trimmed}</p>
      {long && (
        <button
          type="button"
          className="link-button invite-toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </div>
  );
}

/** What was said the last time this recurring meeting took place: where to pick up. */
export function PreviousInSeries({ previous, day }: { previous: Previous; day: string }) {
  const { interaction } = previous;
  const date = localDateOf(previous.start);
  const body = firstLines(interaction.body, 6);
  return (
    <section className="previous-in-series" aria-label="Last time in this series">
      <h4 className="previous-heading">
        Last time · {shortDate(date)} ({daysAwayText(day, date)})
      </h4>
      <button
        type="button"
        className="link-button previous-open"
        title="Open these notes"
        onClick={() => useCaptureStore.getState().open({ editInteractionId: interaction.id })}
      >
        {interaction.title || INTERACTION_KIND_LABELS[interaction.kind]}
      </button>
      {body ? (
        <p className="previous-body">{body}</p>
      ) : (
        <p className="muted">No note was written.</p>
      )}
    </section>
  );
}

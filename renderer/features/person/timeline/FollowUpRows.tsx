import { memo } from 'react';
import type { FollowUp } from '../../../../shared/domain/interaction';
import { useTimelineStore } from './timelineStore';
import { dueText, isOverdue } from './timelineText';

/** A follow-up with its checkbox; checking it off shows at once and is saved behind the scenes. */
export function FollowUpCheck({ followUp, today }: { followUp: FollowUp; today: string }) {
  const done = followUp.doneAt !== null;
  const overdue = isOverdue(followUp.dueOn, today, done);
  return (
    <label className={`follow-up${done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
      <input
        type="checkbox"
        checked={done}
        onChange={(e) =>
          void useTimelineStore.getState().setFollowUpDone(followUp.id, e.target.checked)
        }
      />
      <span className="follow-up-title">{followUp.title}</span>
      {followUp.dueOn && (
        <span className="follow-up-due">{dueText(followUp.dueOn, today, done)}</span>
      )}
    </label>
  );
}

interface RowProps {
  followUp: FollowUp;
  personId: string;
  today: string;
  posinset: number;
  setsize: number;
}

/** A follow-up that belongs to no interaction, as one compact line of the timeline. */
export const StandaloneFollowUp = memo(function StandaloneFollowUp({
  followUp,
  personId,
  today,
  posinset,
  setsize,
}: RowProps) {
  const others = followUp.people.filter((p) => p.id !== personId);
  return (
    <article
      className="timeline-entry timeline-follow-up"
      aria-label={`Follow-up: ${followUp.title}`}
      aria-posinset={posinset}
      aria-setsize={setsize}
      tabIndex={-1}
      data-timeline-entry=""
    >
      <span className="entry-kind">Follow-up</span>
      <FollowUpCheck followUp={followUp} today={today} />
      {others.length > 0 && (
        <span className="follow-up-people">with {others.map((p) => p.displayName).join(', ')}</span>
      )}
    </article>
  );
});

import type { BriefingEntry } from '../../../stores/briefingStore';
import { useBriefingStore } from '../../../stores/briefingStore';
import { shortDate } from '../../calendar/dates';
import { clockTime, meetingId, peopleSummary } from '../../calendar/meetingText';
import { plural } from '../briefingText';

interface Props {
  date: string;
  entry: BriefingEntry | undefined;
}

/** In the evening, a glance at tomorrow: its meetings and who is in them. */
export function TomorrowPreview({ date, entry }: Props) {
  const briefing = entry?.status === 'ready' ? entry.briefing : null;
  const meetings = briefing?.meetings.filter((m) => !m.declined) ?? [];
  return (
    <section className="brief-tomorrow" aria-label="Tomorrow">
      <div className="brief-tomorrow-head">
        <h2>Tomorrow · {shortDate(date)}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => useBriefingStore.getState().setDate(date)}
        >
          Open tomorrow’s briefing
        </button>
      </div>
      {!briefing ? (
        <p className="muted">
          {entry?.status === 'error' ? `Could not read tomorrow: ${entry.message}` : 'Loading…'}
        </p>
      ) : meetings.length === 0 ? (
        <p className="muted">No meetings tomorrow.</p>
      ) : (
        <>
          <p className="muted">
            {plural(briefing.summary.meetings, 'meeting')} with{' '}
            {plural(briefing.summary.people, 'person', 'people')}
          </p>
          <ul className="brief-tomorrow-list">
            {meetings.map((meeting) => (
              <li key={meetingId(meeting)}>
                <span className="brief-tomorrow-time">
                  {meeting.allDay ? 'All day' : clockTime(meeting.start, briefing.timeZone)}
                </span>
                <span className="brief-tomorrow-title">{meeting.title || 'Untitled meeting'}</span>
                <span className="muted">{peopleSummary(meeting, 3)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

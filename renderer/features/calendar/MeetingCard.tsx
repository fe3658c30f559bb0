import { useId } from 'react';
import type { AgendaMeeting } from '../../../shared/domain/calendar';
import { AttendeeList } from './AttendeeList';
import {
  allDaySpan,
  durationText,
  meetingId,
  minutesBetween,
  myResponseText,
  placeOf,
  timeOnDay,
} from './meetingText';

interface Props {
  meeting: AgendaMeeting;
  /** The day shown, YYYY-MM-DD. */
  day: string;
  timeZone: string;
  now: number;
}

function Place({ meeting }: { meeting: AgendaMeeting }) {
  const { where, join, page } = placeOf(meeting);
  return (
    <>
      {where && <span className="meeting-where">{where}</span>}
      {join && (
        <a
          className="meeting-join"
          href={join}
          target="_blank"
          rel="noreferrer noopener"
          title={join}
        >
          Join
        </a>
      )}
      {page && (
        <a href={page} target="_blank" rel="noreferrer noopener" title={page}>
          Event page
        </a>
      )}
    </>
  );
}

function Notes({ text }: { text: string }) {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return (
    <details className="meeting-notes">
      <summary>Notes from the invite</summary>
      <p>{trimmed}</p>
    </details>
  );
}

/** A timed meeting: when, how long, what, where, and who. */
export function MeetingCard({ meeting, day, timeZone, now }: Props) {
  const titleId = useId();
  const minutes = minutesBetween(meeting.start, meeting.end);
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  const happening = start <= now && now < end;
  const over = end <= now;
  const mine = myResponseText(meeting.myResponse);
  const classes = ['meeting'];
  if (meeting.myResponse === 'declined') classes.push('declined');
  if (meeting.status === 'tentative' || meeting.myResponse === 'tentative')
    classes.push('tentative');
  if (happening) classes.push('now');
  if (over) classes.push('over');

  return (
    <article
      className={classes.join(' ')}
      aria-labelledby={titleId}
      data-meeting={meetingId(meeting)}
      tabIndex={-1}
    >
      <div className="meeting-when">
        <time className="meeting-start" dateTime={meeting.start}>
          {timeOnDay(meeting.start, day, timeZone)}
        </time>
        {minutes > 0 && (
          <time className="meeting-end" dateTime={meeting.end}>
            {timeOnDay(meeting.end, day, timeZone)}
          </time>
        )}
        <span className="meeting-duration">{durationText(minutes)}</span>
      </div>
      <div className="meeting-main">
        <h3 id={titleId} className="meeting-title">
          {meeting.title || 'Untitled meeting'}
          {happening && <span className="meeting-now">Now</span>}
        </h3>
        <p className="meeting-meta">
          {mine && <span className="meeting-mine">{mine}</span>}
          {meeting.status === 'tentative' && <span className="meeting-mine">Tentative</span>}
          <Place meeting={meeting} />
          <span className="meeting-calendar">{meeting.calendar}</span>
        </p>
        <AttendeeList meeting={meeting} />
        <Notes text={meeting.description} />
      </div>
    </article>
  );
}

/** An all-day event, in the strip above the day's meetings. */
export function AllDayItem({ meeting, day }: { meeting: AgendaMeeting; day: string }) {
  const titleId = useId();
  const span = allDaySpan(meeting, day);
  const mine = myResponseText(meeting.myResponse);
  const classes = ['all-day-item'];
  if (meeting.myResponse === 'declined') classes.push('declined');
  return (
    <li
      className={classes.join(' ')}
      aria-labelledby={titleId}
      data-meeting={meetingId(meeting)}
      tabIndex={-1}
    >
      <div className="all-day-head">
        <span id={titleId} className="all-day-title">
          {meeting.title || 'Untitled event'}
        </span>
        {span && <span className="all-day-span">{span}</span>}
        {mine && <span className="meeting-mine">{mine}</span>}
        <Place meeting={meeting} />
        <span className="meeting-calendar">{meeting.calendar}</span>
      </div>
      <AttendeeList meeting={meeting} />
    </li>
  );
}

import type { AgendaMeeting } from '../../../shared/domain/calendar';
import { useCalendarStore, type DayEntry } from '../../stores/calendarStore';
import { dayNumber, longDate, weekdayName } from './dates';
import { clockTime, meetingId, peopleSummary } from './meetingText';
import './week.css';

interface Props {
  days: string[];
  entries: Record<string, DayEntry>;
  today: string;
  chosen: string;
}

function countText(count: number): string {
  return count === 0 ? 'no meetings' : count === 1 ? '1 meeting' : `${count} meetings`;
}

function WeekMeeting({
  meeting,
  day,
  timeZone,
}: {
  meeting: AgendaMeeting;
  day: string;
  timeZone: string;
}) {
  const people = peopleSummary(meeting);
  const classes = ['week-meeting'];
  if (meeting.allDay) classes.push('is-all-day');
  if (meeting.myResponse === 'declined') classes.push('declined');
  const time = meeting.allDay
    ? 'All day'
    : meeting.start.slice(0, 10) === day
      ? clockTime(meeting.start, timeZone)
      : `until ${clockTime(meeting.end, timeZone)}`;
  return (
    <li>
      <button
        type="button"
        className={classes.join(' ')}
        onClick={() => useCalendarStore.getState().openDay(day, meetingId(meeting))}
      >
        <span className="week-time">{time}</span>{' '}
        <span className="week-title">{meeting.title || 'Untitled meeting'}</span>{' '}
        {people && <span className="week-people">{people}</span>}
      </button>
    </li>
  );
}

/** Seven days side by side, one line per meeting; a day or a meeting opens the day view. */
export function WeekView({ days, entries, today, chosen }: Props) {
  return (
    <div className="week-view">
      {days.map((day) => {
        const entry = entries[day];
        const meetings = entry?.status === 'ready' ? entry.agenda.meetings : null;
        const classes = ['week-day'];
        if (day === today) classes.push('today');
        if (day === chosen) classes.push('chosen');
        return (
          <section key={day} className={classes.join(' ')} aria-label={longDate(day)}>
            <h2 className="week-day-head">
              <button
                type="button"
                aria-label={`${longDate(day)}${day === today ? ', today' : ''}: ${meetings ? countText(meetings.length) : 'loading'}`}
                onClick={() => useCalendarStore.getState().openDay(day)}
              >
                <span className="week-weekday">{weekdayName(day)}</span>
                <span className="week-number">{dayNumber(day)}</span>
              </button>
            </h2>
            {entry?.status === 'error' ? (
              <p className="week-note error">{entry.message}</p>
            ) : !meetings ? (
              <p className="week-note loading">Loading…</p>
            ) : meetings.length === 0 ? (
              <p className="week-note">No meetings</p>
            ) : (
              <ul className="week-list">
                {meetings.map((meeting) => (
                  <WeekMeeting
                    key={meetingId(meeting)}
                    meeting={meeting}
                    day={day}
                    timeZone={entry?.status === 'ready' ? entry.agenda.timeZone : 'UTC'}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

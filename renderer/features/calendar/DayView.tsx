import { useEffect, useRef } from 'react';
import type { Agenda } from '../../../shared/domain/calendar';
import { useCalendarStore } from '../../stores/calendarStore';
import { longDate, nearDayName } from './dates';
import { AllDayItem, MeetingCard } from './MeetingCard';
import { meetingId } from './meetingText';

interface Props {
  agenda: Agenda;
  today: string;
  now: number;
}

/** The day's all-day events in a strip, then its meetings in order. */
export function DayView({ agenda, today, now }: Props) {
  const focusMeeting = useCalendarStore((s) => s.focusMeeting);
  const root = useRef<HTMLDivElement>(null);
  const allDay = agenda.meetings.filter((m) => m.allDay);
  const timed = agenda.meetings.filter((m) => !m.allDay);

  // Coming from the week view: bring the meeting clicked there into view.
  useEffect(() => {
    if (!focusMeeting) return;
    const target = [...(root.current?.querySelectorAll<HTMLElement>('[data-meeting]') ?? [])].find(
      (element) => element.dataset.meeting === focusMeeting,
    );
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
    useCalendarStore.getState().clearFocusMeeting();
  }, [focusMeeting, agenda]);

  if (agenda.meetings.length === 0) {
    const near = nearDayName(agenda.date, today);
    return (
      <div className="agenda-empty">
        <p className="agenda-empty-title">
          {near
            ? `No meetings ${near.toLocaleLowerCase()}`
            : `No meetings on ${longDate(agenda.date)}`}
        </p>
        <p className="muted">Nothing in your calendars for this day.</p>
      </div>
    );
  }

  return (
    <div className="day-view" ref={root}>
      {allDay.length > 0 && (
        <section className="all-day-strip" aria-label="All day">
          <h2 className="all-day-label" aria-hidden="true">
            All day
          </h2>
          <ul className="stack-list">
            {allDay.map((meeting) => (
              <AllDayItem key={meetingId(meeting)} meeting={meeting} day={agenda.date} />
            ))}
          </ul>
        </section>
      )}
      {timed.length > 0 && (
        <ol className="meetings" aria-label="Meetings">
          {timed.map((meeting) => (
            <li key={meetingId(meeting)}>
              <MeetingCard
                meeting={meeting}
                day={agenda.date}
                timeZone={agenda.timeZone}
                now={now}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

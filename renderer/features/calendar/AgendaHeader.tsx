import type { Agenda } from '../../../shared/domain/calendar';
import { useCalendarStore, type AgendaView } from '../../stores/calendarStore';
import { isIsoDate, longDate, nearDayName, weekRange } from './dates';
import { busyMinutes, durationText } from './meetingText';
import { systemTimeZone } from './useNow';

interface Props {
  view: AgendaView;
  date: string;
  today: string;
  week: string[];
  timeZone: string;
  /** The day's agenda once known (day view only), for its summary line. */
  agenda: Agenda | null;
  onStep: (days: number) => void;
}

function summaryOf(agenda: Agenda): string {
  const timed = agenda.meetings.filter((m) => !m.allDay);
  if (agenda.meetings.length === 0) return '';
  const count = timed.length === 1 ? '1 meeting' : `${timed.length} meetings`;
  const allDay = agenda.meetings.length - timed.length;
  const parts = [count];
  const busy = busyMinutes(agenda.meetings, agenda.date, agenda.timeZone);
  if (busy > 0) parts.push(`${durationText(busy)} busy`);
  if (allDay > 0) parts.push(allDay === 1 ? '1 all-day event' : `${allDay} all-day events`);
  return parts.join(' · ');
}

/** The date (or week) shown, and the controls to move through days. */
export function AgendaHeader({ view, date, today, week, timeZone, agenda, onStep }: Props) {
  const calendar = useCalendarStore.getState;
  const unit = view === 'day' ? 'day' : 'week';
  const step = view === 'day' ? 1 : 7;
  const near = view === 'day' ? nearDayName(date, today) : null;
  const first = week[0] ?? date;
  const last = week.at(-1) ?? date;
  const showsToday = view === 'day' ? date === today : week.includes(today);
  const summary = agenda ? summaryOf(agenda) : '';
  const foreignZone = timeZone !== systemTimeZone();

  return (
    <header className="agenda-header">
      <div className="agenda-heading">
        <h1>
          {view === 'day' ? longDate(date) : `Week of ${weekRange(first, last)}`}
          {near && <span className="agenda-near">{near}</span>}
        </h1>
        <p className="agenda-summary muted">
          {summary}
          {summary && foreignZone && ' · '}
          {foreignZone && `Times in ${timeZone.replace(/_/g, ' ')}`}
        </p>
      </div>
      <div className="agenda-controls">
        <div className="agenda-nav" role="group" aria-label={`Move by ${unit}`}>
          <button
            type="button"
            aria-label={`Previous ${unit}`}
            title={`Previous ${unit} (←)`}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => onStep(-step)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            title="Today (T)"
            aria-keyshortcuts="T"
            className={showsToday ? 'agenda-today current' : 'agenda-today'}
            onClick={() => calendar().setDate(null)}
          >
            Today
          </button>
          <button
            type="button"
            aria-label={`Next ${unit}`}
            title={`Next ${unit} (→)`}
            aria-keyshortcuts="ArrowRight"
            onClick={() => onStep(step)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <input
          type="date"
          className="agenda-date"
          aria-label="Date"
          value={date}
          required
          onChange={(event) => {
            const value = event.target.value;
            if (isIsoDate(value)) calendar().setDate(value === today ? null : value);
          }}
        />
        <div className="agenda-views" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'day'}
            title="Day (D)"
            aria-keyshortcuts="D"
            onClick={() => calendar().setView('day')}
          >
            Day
          </button>
          <button
            type="button"
            aria-pressed={view === 'week'}
            title="Week (W)"
            aria-keyshortcuts="W"
            onClick={() => calendar().setView('week')}
          >
            Week
          </button>
        </div>
      </div>
    </header>
  );
}

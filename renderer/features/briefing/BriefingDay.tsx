import type { Briefing } from '../../../shared/domain/briefing';
import { useSettingsStore } from '../../stores/settingsStore';
import { useUiStore } from '../../stores/uiStore';
import { longDate, nearDayName } from '../calendar/dates';
import { meetingId } from '../calendar/meetingText';
import { meetingToWriteUp } from './briefingText';
import { AllDayStrip } from './meeting/AllDayStrip';
import { MeetingBlock } from './meeting/MeetingBlock';
import { DaySummary } from './summary/DaySummary';

interface Props {
  briefing: Briefing;
  today: string;
  now: number;
}

function EmptyDay({ briefing, today }: { briefing: Briefing; today: string }) {
  const sources = useSettingsStore((s) => s.sources);
  const near = nearDayName(briefing.date, today);
  const noCalendars = sources !== null && sources.length === 0;
  return (
    <div className="brief-empty">
      <p className="brief-empty-title">
        {near
          ? `No meetings ${near.toLocaleLowerCase()}`
          : `No meetings on ${longDate(briefing.date)}`}
      </p>
      {noCalendars ? (
        <>
          <p className="muted">
            Farley builds this briefing from your calendar. Add one in Settings: an .ics export from
            your calendar app, or a folder kept in sync on this computer.
          </p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              useUiStore.getState().openSettings();
              useSettingsStore.getState().requestCalendarsFocus();
            }}
          >
            Add a calendar in Settings
          </button>
        </>
      ) : (
        <p className="muted">Nothing in your calendars for this day.</p>
      )}
    </div>
  );
}

/** A day's briefing: the summary, the all-day strip, each meeting in turn, the declined last. */
export function BriefingDay({ briefing, today, now }: Props) {
  if (briefing.meetings.length === 0) return <EmptyDay briefing={briefing} today={today} />;
  const allDay = briefing.meetings.filter((m) => m.allDay && !m.declined);
  const timed = briefing.meetings.filter((m) => !m.allDay && !m.declined);
  const declined = briefing.meetings.filter((m) => m.declined);
  const current = meetingToWriteUp(briefing.meetings, now);
  const block = (meeting: Briefing['meetings'][number]) => (
    <li key={meetingId(meeting)}>
      <MeetingBlock
        meeting={meeting}
        day={briefing.date}
        timeZone={briefing.timeZone}
        today={today}
        now={now}
        current={current === meeting}
      />
    </li>
  );

  return (
    <div className="brief-day">
      <DaySummary summary={briefing.summary} />
      <AllDayStrip meetings={allDay} day={briefing.date} />
      {timed.length > 0 && (
        <ol className="brief-meetings" aria-label="Meetings">
          {timed.map(block)}
        </ol>
      )}
      {declined.length > 0 && (
        <section className="brief-declined" aria-label="Declined">
          <h2>Declined</h2>
          <ol className="brief-meetings">{declined.map(block)}</ol>
        </section>
      )}
    </div>
  );
}

import type { BriefingMeeting } from '../../../../shared/domain/briefing';
import { useUiStore } from '../../../stores/uiStore';
import { allDaySpan, attendeeName, meetingId, placeOf } from '../../calendar/meetingText';

function AllDayEvent({ meeting, day }: { meeting: BriefingMeeting; day: string }) {
  const span = allDaySpan(meeting, day);
  const { where } = placeOf(meeting);
  const people = meeting.attendees.filter((a) => a.match !== 'self');
  return (
    <li className="brief-all-day-item" data-meeting={meetingId(meeting)}>
      <span className="brief-all-day-title">{meeting.title || 'Untitled event'}</span>
      {span && <span className="muted">{span}</span>}
      {where && <span className="muted">{where}</span>}
      {people.length > 0 && (
        <span className="brief-all-day-people">
          with{' '}
          {people.map((attendee, i) => {
            const personId = attendee.personId;
            const name = attendeeName(attendee);
            return (
              <span key={`${attendee.email ?? ''}|${name}`}>
                {i > 0 && ', '}
                {personId ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => useUiStore.getState().openPerson(personId)}
                  >
                    {name}
                  </button>
                ) : (
                  name
                )}
              </span>
            );
          })}
        </span>
      )}
    </li>
  );
}

/** The day's all-day events, above its meetings: an offsite, a holiday, someone away. */
export function AllDayStrip({ meetings, day }: { meetings: BriefingMeeting[]; day: string }) {
  if (meetings.length === 0) return null;
  return (
    <section className="brief-all-day" aria-label="All day">
      <h2 className="brief-all-day-label" aria-hidden="true">
        All day
      </h2>
      <ul className="stack-list">
        {meetings.map((meeting) => (
          <AllDayEvent key={meetingId(meeting)} meeting={meeting} day={day} />
        ))}
      </ul>
    </section>
  );
}

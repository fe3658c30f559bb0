import { useState } from 'react';
import type { AgendaMeeting } from '../../../shared/domain/calendar';
import { AttendeeItem } from './AttendeeItem';
import { attendeeKey, visibleAttendees } from './meetingText';
import './attendees.css';

/** A long invite shows this many people until asked for all of them. */
const FIRST_SHOWN = 8;

export function AttendeeList({ meeting }: { meeting: AgendaMeeting }) {
  const [all, setAll] = useState(false);
  const attendees = visibleAttendees(meeting);
  if (attendees.length === 0) return null;
  // Stopping just short of the limit would hide one name behind a button: show it instead.
  const shown =
    all || attendees.length <= FIRST_SHOWN + 1 ? attendees : attendees.slice(0, FIRST_SHOWN);
  const hidden = attendees.length - shown.length;
  return (
    <div className="attendees">
      <ul aria-label="Attendees">
        {shown.map((attendee) => (
          <AttendeeItem key={attendeeKey(attendee)} attendee={attendee} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </div>
  );
}

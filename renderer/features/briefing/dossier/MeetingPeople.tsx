import { useState } from 'react';
import type { BriefingAttendee, BriefingMeeting } from '../../../../shared/domain/briefing';
import { useBriefingStore } from '../../../stores/briefingStore';
import { useUiStore } from '../../../stores/uiStore';
import { AttendeeItem } from '../../calendar/AttendeeItem';
import { attendeeKey } from '../../calendar/meetingText';
import { DossierCard } from './DossierCard';

/** A big invite shows this many files until asked for all: the page stays a briefing. */
const FIRST_SHOWN = 6;

interface Props {
  meeting: BriefingMeeting;
  day: string;
  timeZone: string;
}

/** Organizer first, then in the invite's order; the user themselves left out. */
function othersOn(meeting: BriefingMeeting): BriefingAttendee[] {
  const others = meeting.attendees.filter((a) => a.match !== 'self');
  return [...others.filter((a) => a.organizer), ...others.filter((a) => !a.organizer)];
}

function OrganizationGuess({ attendee }: { attendee: BriefingAttendee }) {
  const organization = attendee.organizationGuess;
  if (!organization) return null;
  return (
    <span className="attendee-organization">
      at{' '}
      <button
        type="button"
        className="link-button"
        title={`Open ${organization.name}`}
        onClick={() => useUiStore.getState().openOrganization(organization.id)}
      >
        {organization.name}
      </button>
    </span>
  );
}

/** Everyone on a meeting: a file on each known person, then the ones without a dossier yet. */
export function MeetingPeople({ meeting, day, timeZone }: Props) {
  const [all, setAll] = useState(false);
  const others = othersOn(meeting);
  const known = others.filter((a) => a.dossier !== null);
  const unknown = others.filter((a) => a.dossier === null);
  if (others.length === 0) return null;
  // Stopping just short of the limit would hide one card behind a button: show it instead.
  const shown = all || known.length <= FIRST_SHOWN + 1 ? known : known.slice(0, FIRST_SHOWN);
  const hidden = known.length - shown.length;

  return (
    <div className="meeting-people">
      {known.length > 0 && (
        <ul className="brief-people" aria-label="People you know">
          {shown.map((attendee) =>
            attendee.dossier ? (
              <DossierCard
                key={attendeeKey(attendee)}
                attendee={attendee}
                dossier={attendee.dossier}
                day={day}
                timeZone={timeZone}
              />
            ) : null,
          )}
        </ul>
      )}
      {hidden > 0 && (
        <button type="button" className="link-button show-more" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
      {unknown.length > 0 && (
        <div className="attendees unknown-attendees">
          <h4 className="people-heading">Not in your files yet</h4>
          <ul aria-label="Not in your files yet">
            {unknown.map((attendee) => (
              <AttendeeItem
                key={attendeeKey(attendee)}
                attendee={attendee}
                detail={<OrganizationGuess attendee={attendee} />}
                onResolved={(person) => useBriefingStore.getState().personResolved(person)}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { useId } from 'react';
import type { BriefingMeeting } from '../../../../shared/domain/briefing';
import {
  attendeeName,
  durationText,
  meetingId,
  myResponseText,
  peopleSummary,
  placeOf,
  timeOnDay,
} from '../../calendar/meetingText';
import { hasStarted } from '../briefingText';
import { MeetingPeople } from '../dossier/MeetingPeople';
import { InviteText, PreviousInSeries } from './MeetingContext';
import { openMeetingNotes } from './meetingNotes';
import { PrepNotes } from './PrepNotes';
import './meeting.css';

interface Props {
  meeting: BriefingMeeting;
  /** The briefing's day and zone. */
  day: string;
  timeZone: string;
  today: string;
  now: number;
  /** The meeting N writes notes on: under way, or the last one to have begun. */
  current: boolean;
}

const MARKER_TEXT = { now: 'Now', next: 'Next' } as const;

/** Who sent the invite: "You" when it was the user, else their name. */
function organizerOf(meeting: BriefingMeeting): string | null {
  const organizer = meeting.attendees.find((a) => a.organizer);
  if (!organizer) return null;
  return organizer.match === 'self' ? 'you' : attendeeName(organizer);
}

function Meta({ meeting }: { meeting: BriefingMeeting }) {
  const { where, page } = placeOf(meeting);
  const mine = myResponseText(meeting.myResponse);
  const organizer = organizerOf(meeting);
  return (
    <p className="brief-meta">
      {mine && <span className="brief-mine">{mine}</span>}
      {meeting.status === 'tentative' && <span className="brief-mine">Tentative</span>}
      {where && <span className="brief-where">{where}</span>}
      {meeting.videoLink && (
        <a
          className="brief-join"
          href={meeting.videoLink}
          target="_blank"
          rel="noreferrer noopener"
          title={meeting.videoLink}
        >
          Join video call
        </a>
      )}
      {page && (
        <a href={page} target="_blank" rel="noreferrer noopener" title={page}>
          Event page
        </a>
      )}
      {organizer && <span className="brief-organizer">Organized by {organizer}</span>}
      <span className="brief-calendar">{meeting.calendar}</span>
    </p>
  );
}

interface NotesActionProps {
  meeting: BriefingMeeting;
  title: string;
  current: boolean;
}

function NotesAction({ meeting, title, current }: NotesActionProps) {
  const logged = meeting.loggedInteractionId !== null;
  return (
    <div className="brief-actions">
      <button
        type="button"
        // The one N opens stands out; the others stay quiet.
        className={current && !logged ? 'brief-notes primary' : 'brief-notes'}
        aria-label={`${logged ? 'Open notes' : 'Log notes'} for ${title}`}
        aria-keyshortcuts={current ? 'N' : undefined}
        title={current ? `${logged ? 'Open notes' : 'Log notes'} (N)` : undefined}
        onClick={() => openMeetingNotes(meeting)}
      >
        {logged ? 'Open notes' : 'Log notes'}
      </button>
      {logged && <span className="muted brief-logged">Notes logged</span>}
    </div>
  );
}

/**
 * One meeting of the briefing: when and where, what the invite says, what happened last time,
 * a file on everyone, the user's prep notes, and once it has begun, a way to log what was said.
 * A meeting the user declined is shown short and dimmed.
 */
export function MeetingBlock({ meeting, day, timeZone, today, now, current }: Props) {
  const titleId = useId();
  const title = meeting.title || 'Untitled meeting';
  const minutes = meeting.durationMinutes ?? 0;
  const classes = ['brief-meeting'];
  if (meeting.declined) classes.push('declined');
  if (meeting.past) classes.push('past');
  if (meeting.marker) classes.push(`marker-${meeting.marker}`);
  if (meeting.status === 'tentative' || meeting.myResponse === 'tentative') {
    classes.push('tentative');
  }

  return (
    <article
      className={classes.join(' ')}
      aria-labelledby={titleId}
      data-meeting={meetingId(meeting)}
      tabIndex={-1}
    >
      <div className="brief-when">
        <time className="brief-start" dateTime={meeting.start}>
          {timeOnDay(meeting.start, day, timeZone)}
        </time>
        {minutes > 0 && (
          <time className="brief-end" dateTime={meeting.end}>
            {timeOnDay(meeting.end, day, timeZone)}
          </time>
        )}
        <span className="brief-duration">{durationText(minutes)}</span>
      </div>
      <div className="brief-main">
        <h3 className="brief-title">
          <span id={titleId}>{title}</span>
          {meeting.marker && (
            <span className={`brief-marker ${meeting.marker}`}>{MARKER_TEXT[meeting.marker]}</span>
          )}
          {meeting.firstTime && !meeting.declined && (
            <span className="brief-first" title="Someone on this invite you have never met">
              First-time
            </span>
          )}
        </h3>
        <Meta meeting={meeting} />
        {meeting.declined ? (
          peopleSummary(meeting) && <p className="brief-with">With {peopleSummary(meeting, 4)}</p>
        ) : (
          <>
            <InviteText text={meeting.description} />
            {meeting.previousInSeries && (
              <PreviousInSeries previous={meeting.previousInSeries} day={day} />
            )}
            <MeetingPeople meeting={meeting} day={day} timeZone={timeZone} />
            <PrepNotes meeting={meeting} />
            {hasStarted(meeting, today, now) && (
              <NotesAction meeting={meeting} title={title} current={current} />
            )}
          </>
        )}
      </div>
    </article>
  );
}

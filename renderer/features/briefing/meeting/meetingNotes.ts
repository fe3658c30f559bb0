import type { BriefingMeeting } from '../../../../shared/domain/briefing';
import { useCaptureStore, type MeetingNotesPrefill } from '../../../stores/captureStore';
import { placeOf } from '../../calendar/meetingText';

/**
 * What quick capture starts with for a meeting: its title, time and place, linked to the
 * occurrence, with everyone on the invite who has a dossier (but not those who declined: they
 * were not there).
 */
export function notesPrefill(meeting: BriefingMeeting): MeetingNotesPrefill {
  const participantIds = meeting.attendees
    .filter((a) => a.match !== 'self' && a.response !== 'declined')
    .map((a) => a.personId)
    .filter((id): id is string => id !== null);
  return {
    kind: meeting.videoLink ? 'video' : 'meeting',
    title: meeting.title,
    start: meeting.allDay ? null : meeting.start,
    durationMinutes: meeting.durationMinutes,
    location: placeOf(meeting).where,
    participantIds: [...new Set(participantIds)],
    event: meeting.key,
  };
}

/** Opens the notes of a meeting: the ones already logged for it, else a new note for it. */
export function openMeetingNotes(meeting: BriefingMeeting): void {
  const capture = useCaptureStore.getState();
  if (meeting.loggedInteractionId) capture.open({ editInteractionId: meeting.loggedInteractionId });
  else capture.openForMeeting(notesPrefill(meeting));
}

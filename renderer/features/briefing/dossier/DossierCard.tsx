import { useId } from 'react';
import type { BriefingAttendee, BriefingDossier } from '../../../../shared/domain/briefing';
import { TagChips } from '../../../app/ui/TagChips';
import { useBriefingStore } from '../../../stores/briefingStore';
import { useUiStore } from '../../../stores/uiStore';
import { responseText } from '../../calendar/meetingText';
import { Avatar } from '../../people/Avatar';
import { DossierSections } from './DossierSections';
import { WarmthBadge } from './WarmthBadge';
import './people.css';

interface Props {
  attendee: BriefingAttendee;
  dossier: BriefingDossier;
  day: string;
  timeZone: string;
}

/** "Designer @ Acme", "Designer", "Acme" or ''. */
function roleLine(dossier: BriefingDossier): string {
  return [dossier.title, dossier.organization].filter(Boolean).join(' @ ');
}

/** How they stand on this invite, in words: organizer, optional, maybe, declined. */
function markersOf(attendee: BriefingAttendee): string[] {
  const response = responseText(attendee.response);
  return [
    attendee.organizer ? 'organizer' : '',
    attendee.optional ? 'optional' : '',
    response && response !== 'no reply' ? response : '',
  ].filter(Boolean);
}

/** A known attendee: who they are to the user, and what to remember before the meeting. */
export function DossierCard({ attendee, dossier, day, timeZone }: Props) {
  const nameId = useId();
  const role = roleLine(dossier);
  const markers = markersOf(attendee);
  const firstTime = dossier.lastInteraction === null;
  const classes = ['brief-person'];
  if (attendee.response === 'declined') classes.push('declined');

  return (
    <li className={classes.join(' ')} aria-labelledby={nameId} data-person={dossier.id}>
      <div className="brief-person-head">
        <Avatar name={dossier.displayName} photoUrl={dossier.photoUrl} />
        <div className="brief-person-who">
          <div className="brief-person-name-line">
            <button
              type="button"
              id={nameId}
              className="brief-person-name"
              title={`Open ${dossier.displayName}’s dossier`}
              ref={(element) => {
                // Just given a dossier from this screen: focus follows the person.
                const briefing = useBriefingStore.getState();
                if (element && briefing.focusPerson === dossier.id) {
                  briefing.clearFocusPerson();
                  element.focus();
                }
              }}
              onClick={() => useUiStore.getState().openPerson(dossier.id)}
            >
              {dossier.displayName}
            </button>
            {dossier.warmth && <WarmthBadge warmth={dossier.warmth} />}
            {firstTime && <span className="brief-person-badge first-time">First meeting</span>}
            {markers.map((marker) => (
              <span key={marker} className={`brief-person-marker marker-${marker}`}>
                {marker}
              </span>
            ))}
          </div>
          {role && <p className="brief-person-role">{role}</p>}
          {dossier.tags.length > 0 && <TagChips tags={dossier.tags} max={5} />}
        </div>
      </div>
      <DossierSections dossier={dossier} day={day} timeZone={timeZone} />
    </li>
  );
}

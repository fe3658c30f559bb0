import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { AgendaAttendee } from '../../../shared/domain/calendar';
import type { Person, PersonRef } from '../../../shared/domain/person';
import type { Result } from '../../../shared/result';
import { call } from '../../api';
import { useCalendarStore } from '../../stores/calendarStore';
import { useUiStore } from '../../stores/uiStore';
import { Avatar } from '../people/Avatar';
import { LinkPicker } from './LinkPicker';
import { attendeeName, responseText } from './meetingText';
import './attendees.css';

type Candidate = AgendaAttendee['candidates'][number];

/** What tells two people of the same name apart: their headline or address. */
function useCandidateDetails(attendee: AgendaAttendee): Record<string, string> {
  const [details, setDetails] = useState<Record<string, string>>({});
  const query = attendee.match === 'ambiguous' ? (attendee.name ?? '') : '';
  useEffect(() => {
    if (!query) return;
    let live = true;
    void call('people.list', { query }).then((result) => {
      if (!live || !result.ok) return;
      setDetails(
        Object.fromEntries(
          result.data.map((p) => [p.id, p.headline || p.primaryEmail || ''] as const),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [query]);
  return details;
}

function Markers({ attendee }: { attendee: AgendaAttendee }) {
  const response = responseText(attendee.response);
  const markers = [
    attendee.organizer && 'organizer',
    attendee.optional && 'optional',
    response && response !== 'no reply' && response,
  ].filter(Boolean) as string[];
  if (markers.length === 0) return null;
  return (
    <span className="attendee-markers">
      {markers.map((marker) => (
        <span key={marker} className={`attendee-marker marker-${marker}`}>
          {marker}
        </span>
      ))}
    </span>
  );
}

function listWithOr(items: ReactNode[]): ReactNode[] {
  return items.flatMap((item, i) => {
    if (i === 0) return [item];
    return [i === items.length - 1 ? ' or ' : ', ', item];
  });
}

interface Props {
  attendee: AgendaAttendee;
  /** Shown after an unknown attendee's address (the briefing's guess at their organization). */
  detail?: ReactNode;
  /** Told once the attendee has a dossier, made here or linked to. */
  onResolved?: (person: PersonRef) => void;
}

/**
 * One person on an invite. Known people open their dossier; unknown ones can get a dossier or
 * be linked to an existing one; an ambiguous name asks which of its candidates it is. The agenda
 * and the briefing both list unknown attendees with it.
 */
export function AttendeeItem({ attendee, detail, onResolved }: Props) {
  const nameId = useId();
  const [linking, setLinking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const focusWhenKnown = useRef(false);
  const linkButton = useRef<HTMLButtonElement>(null);
  const details = useCandidateDetails(attendee);
  const store = useCalendarStore.getState;
  const name = attendeeName(attendee);
  const known = attendee.personId !== null;
  const declined = attendee.response === 'declined';

  const run = async (action: () => Promise<Result<Person>>) => {
    setBusy(true);
    setError(null);
    focusWhenKnown.current = true;
    const result = await action();
    setBusy(false);
    if (result.ok) {
      setLinking(false);
      onResolved?.({ id: result.data.id, displayName: result.data.displayName });
      return;
    }
    focusWhenKnown.current = false;
    setError(result.error.message);
  };

  const link = (person: Candidate) => {
    if (attendee.email) {
      const email = attendee.email;
      void run(() => store().linkAttendee(email, person));
    }
  };

  const classes = ['attendee', known ? 'known' : `unknown match-${attendee.match}`];
  if (declined) classes.push('declined');
  if (attendee.response === 'tentative') classes.push('tentative');

  if (known && attendee.personId) {
    const personId = attendee.personId;
    return (
      <li className={classes.join(' ')} aria-labelledby={nameId}>
        <Avatar name={name} />
        <button
          type="button"
          id={nameId}
          className="attendee-person"
          title={attendee.email ? `${name} · ${attendee.email}` : name}
          ref={(element) => {
            if (element && focusWhenKnown.current) {
              focusWhenKnown.current = false;
              element.focus();
            }
          }}
          onClick={() => useUiStore.getState().openPerson(personId)}
        >
          {name}
        </button>
        <Markers attendee={attendee} />
      </li>
    );
  }

  const showEmail = attendee.email && attendee.name;
  return (
    <li className={classes.join(' ')} aria-labelledby={nameId}>
      <Avatar name={name} />
      <span className="attendee-who">
        <span id={nameId} className="attendee-name">
          {name}
        </span>
        {showEmail && <span className="attendee-email">{attendee.email}</span>}
        {detail}
      </span>
      <Markers attendee={attendee} />
      {attendee.match === 'ambiguous' && attendee.candidates.length > 0 && (
        <span className="attendee-could-be">
          Could be{' '}
          {listWithOr(
            attendee.candidates.map((candidate) => {
              const detail = details[candidate.id];
              const label = detail ? `${candidate.displayName} (${detail})` : candidate.displayName;
              return (
                <button
                  key={candidate.id}
                  type="button"
                  className="link-button candidate"
                  disabled={busy}
                  title={
                    attendee.email
                      ? `Remember ${attendee.email} on ${candidate.displayName}’s dossier`
                      : `Open ${candidate.displayName}’s dossier`
                  }
                  onClick={() =>
                    attendee.email
                      ? link(candidate)
                      : useUiStore.getState().openPerson(candidate.id)
                  }
                >
                  {label}
                </button>
              );
            }),
          )}
          {attendee.email ? ' — choose' : ''}
        </span>
      )}
      {!linking && (
        <span className="attendee-actions">
          {(attendee.email || attendee.match === 'none') && (
            <button
              type="button"
              className="small"
              disabled={busy}
              aria-describedby={nameId}
              onClick={() => void run(() => store().createDossier(attendee))}
            >
              {busy ? 'Creating…' : 'Create dossier'}
            </button>
          )}
          {attendee.email && (
            <button
              type="button"
              className="small"
              ref={linkButton}
              disabled={busy}
              aria-describedby={nameId}
              onClick={() => setLinking(true)}
            >
              Link to…
            </button>
          )}
        </span>
      )}
      {linking && attendee.email && (
        <LinkPicker
          email={attendee.email}
          busy={busy}
          onPick={link}
          onCancel={() => {
            setLinking(false);
            setError(null);
            requestAnimationFrame(() => linkButton.current?.focus());
          }}
        />
      )}
      {error && (
        <span className="attendee-error" role="alert">
          {error}
        </span>
      )}
    </li>
  );
}

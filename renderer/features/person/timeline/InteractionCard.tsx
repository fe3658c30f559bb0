import { memo, useState, type KeyboardEvent } from 'react';
import { INTERACTION_KIND_LABELS, type Interaction } from '../../../../shared/domain/interaction';
import type { PersonRef } from '../../../../shared/domain/person';
import { useCaptureStore } from '../../../stores/captureStore';
import { PersonLink } from '../sections/PersonLink';
import { SafeMarkdown } from '../sections/SafeMarkdown';
import { FollowUpCheck } from './FollowUpRows';
import { durationText, fullWhenText, whenText } from './timelineText';

/** Notes longer than this are shown folded, so one long note does not bury the rest. */
const LONG_NOTE_CHARS = 700;
const LONG_NOTE_LINES = 12;
/** Participants listed before "and N more". */
const PEOPLE_SHOWN = 6;

interface Props {
  interaction: Interaction;
  personId: string;
  today: string;
  now: Date;
  posinset: number;
  setsize: number;
  onOpenPerson?: (id: string) => void;
  onAskDelete: (interaction: Interaction) => void;
}

/** Parsing Markdown is the costly part of a card: it is redone only when the note changes. */
const NoteBody = memo(function NoteBody({
  text,
  onOpenPerson,
}: {
  text: string;
  onOpenPerson?: (id: string) => void;
}) {
  return <SafeMarkdown text={text} onOpenPerson={onOpenPerson} headingLevel={4} />;
});

function isLong(body: string): boolean {
  if (body.length > LONG_NOTE_CHARS) return true;
  let lines = 1;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
    if (++lines > LONG_NOTE_LINES) return true;
  }
  return false;
}

/** "the call “Quarterly review” of Tue, Nov 18" — how dialogs and announcements name it. */
export function describeInteraction(interaction: Interaction, now: Date): string {
  const kind = INTERACTION_KIND_LABELS[interaction.kind].toLowerCase();
  const title = interaction.title.trim() ? ` “${interaction.title.trim()}”` : '';
  return `the ${kind}${title} of ${whenText(interaction.occurredAt, now)}`;
}

function Participants({
  people,
  onOpenPerson,
}: {
  people: PersonRef[];
  onOpenPerson?: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? people : people.slice(0, PEOPLE_SHOWN);
  const hidden = people.length - shown.length;
  return (
    <span className="card-people">
      <span className="card-people-label">With </span>
      {shown.map((person, i) => (
        <span key={person.id}>
          {i > 0 && ', '}
          <PersonLink person={person} onOpenPerson={onOpenPerson} />
        </span>
      ))}
      {hidden > 0 && (
        <>
          {' '}
          <button type="button" className="link-button more-people" onClick={() => setAll(true)}>
            and {hidden} more
          </button>
        </>
      )}
    </span>
  );
}

/**
 * One interaction on the timeline: what kind, when, with whom, the note, its follow-ups, and
 * Edit and Delete. The card itself takes focus (Tab); on it Enter edits and Delete deletes.
 */
export const InteractionCard = memo(function InteractionCard({
  interaction,
  personId,
  today,
  now,
  posinset,
  setsize,
  onOpenPerson,
  onAskDelete,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  const kind = INTERACTION_KIND_LABELS[interaction.kind];
  const titleId = `interaction-${interaction.id}-title`;
  const others = interaction.participants.filter((p) => p.id !== personId);
  const body = interaction.body.trim();
  const long = isLong(body);
  const planned = new Date(interaction.occurredAt) > now;
  const when = whenText(interaction.occurredAt, now);
  const title = interaction.title.trim();
  const location = interaction.location.trim();

  const edit = () => useCaptureStore.getState().open({ editInteractionId: interaction.id });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onAskDelete(interaction);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      edit();
    }
  };

  return (
    <article
      className={`timeline-entry timeline-card${planned ? ' planned' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={title ? `interaction-${interaction.id}-meta` : undefined}
      aria-posinset={posinset}
      aria-setsize={setsize}
      aria-keyshortcuts="Enter Delete"
      tabIndex={0}
      data-timeline-entry=""
      data-interaction-id={interaction.id}
      onKeyDown={onKeyDown}
    >
      <header className="card-head">
        <div id={`interaction-${interaction.id}-meta`} className="card-meta">
          <span className={`entry-kind kind-${interaction.kind}`}>{kind}</span>
          <time dateTime={interaction.occurredAt} title={fullWhenText(interaction.occurredAt)}>
            {when}
          </time>
          {interaction.durationMinutes !== null && interaction.durationMinutes > 0 && (
            <span className="card-detail">{durationText(interaction.durationMinutes)}</span>
          )}
          {planned && <span className="planned-badge">Upcoming</span>}
        </div>
        <div className="card-actions">
          <button type="button" className="card-action" onClick={edit}>
            Edit
          </button>
          <button type="button" className="card-action" onClick={() => onAskDelete(interaction)}>
            Delete
          </button>
        </div>
      </header>
      <h3 id={titleId} className={title ? 'card-title' : 'visually-hidden'}>
        {title || `${kind}, ${when}`}
      </h3>
      {(others.length > 0 || location) && (
        <p className="card-sub">
          {others.length > 0 && <Participants people={others} onOpenPerson={onOpenPerson} />}
          {location && (
            <span className="card-location" title="Where">
              {location}
            </span>
          )}
        </p>
      )}
      {body && (
        <div
          id={`interaction-${interaction.id}-note`}
          className={`card-note${long && !expanded ? ' folded' : ''}`}
        >
          <NoteBody text={interaction.body} onOpenPerson={onOpenPerson} />
        </div>
      )}
      {long && (
        <button
          type="button"
          className="link-button fold-toggle"
          aria-expanded={expanded}
          aria-controls={`interaction-${interaction.id}-note`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : 'Show the whole note'}
        </button>
      )}
      {interaction.followUps.length > 0 && (
        <ul className="card-follow-ups" aria-label="Follow-ups">
          {interaction.followUps.map((followUp) => (
            <li key={followUp.id}>
              <FollowUpCheck followUp={followUp} today={today} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
});

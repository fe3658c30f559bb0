import type { ReactNode } from 'react';
import type { BriefingDossier } from '../../../../shared/domain/briefing';
import { INTERACTION_KIND_LABELS } from '../../../../shared/domain/interaction';
import type { PersonRef } from '../../../../shared/domain/person';
import { useCaptureStore } from '../../../stores/captureStore';
import { useUiStore } from '../../../stores/uiStore';
import { shortDate } from '../../calendar/dates';
import { daysAwayText, plural, upcomingDateText, whenText } from '../briefingText';

interface Props {
  dossier: BriefingDossier;
  /** The briefing's day and zone: what "3 days ago" and "overdue" are counted from. */
  day: string;
  timeZone: string;
}

function PersonButton({ person }: { person: PersonRef }) {
  return (
    <button
      type="button"
      className="link-button brief-person-link"
      onClick={() => useUiStore.getState().openPerson(person.id)}
    >
      {person.displayName}
    </button>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="brief-person-section">
      <dt>{title}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function HowWeMet({ dossier }: { dossier: BriefingDossier }) {
  const how = dossier.howWeMet.trim();
  if (!how && !dossier.introducedBy) return null;
  return (
    <Section title="How you met">
      {how}
      {how && dossier.introducedBy && ' · '}
      {dossier.introducedBy && (
        <>
          introduced by <PersonButton person={dossier.introducedBy} />
        </>
      )}
    </Section>
  );
}

function LastInteraction({ dossier, day, timeZone }: Props) {
  const last = dossier.lastInteraction;
  const recent = plural(dossier.interactionsLast90Days, 'interaction');
  if (!last) {
    return <Section title="Last interaction">None yet: this is your first.</Section>;
  }
  return (
    <Section title="Last interaction">
      <button
        type="button"
        className="link-button brief-person-interaction"
        title="Open these notes"
        onClick={() => useCaptureStore.getState().open({ editInteractionId: last.id })}
      >
        {INTERACTION_KIND_LABELS[last.kind]} · {whenText(last.date, day, timeZone)}
        {last.title && ` · ${last.title}`}
      </button>
      {last.summary && <p className="brief-person-summary">{last.summary}</p>}
      <p className="brief-person-count">{recent} in the last 90 days</p>
    </Section>
  );
}

function FollowUps({ dossier, day }: { dossier: BriefingDossier; day: string }) {
  if (dossier.openFollowUps.length === 0) return null;
  return (
    <Section title="Open follow-ups">
      <ul className="brief-person-follow-ups">
        {dossier.openFollowUps.map((followUp) => (
          <li key={followUp.id} className={followUp.overdue ? 'overdue' : undefined}>
            <span>{followUp.title}</span>
            {followUp.due && (
              <span className="brief-person-due">
                {followUp.overdue ? 'overdue · due ' : 'due '}
                {shortDate(followUp.due)} ({daysAwayText(day, followUp.due)})
              </span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function KeyFacts({ dossier }: { dossier: BriefingDossier }) {
  if (dossier.keyFacts.length === 0) return null;
  return (
    <Section title="Key facts">
      <ul className="brief-person-facts">
        {dossier.keyFacts.map((fact, i) => (
          <li key={i}>{fact}</li>
        ))}
      </ul>
    </Section>
  );
}

function UpcomingDates({ dossier }: { dossier: BriefingDossier }) {
  if (dossier.upcomingDates.length === 0) return null;
  return (
    <Section title="Coming up">
      <ul className="brief-person-dates">
        {dossier.upcomingDates.map((date) => (
          <li key={`${date.kind}|${date.label}|${date.date}`} className={`days-${date.daysAway}`}>
            {upcomingDateText(date)}
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Connections({ dossier }: { dossier: BriefingDossier }) {
  if (dossier.connections.length === 0) return null;
  return (
    <Section title="People you both know">
      <ul className="brief-person-connections">
        {dossier.connections.map((connection) => (
          <li key={`${connection.id}|${connection.relation}`}>
            <PersonButton person={connection} />
            {connection.relation && <span className="muted"> ({connection.relation})</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Everything the user should remember about someone before sitting down with them. */
export function DossierSections({ dossier, day, timeZone }: Props) {
  return (
    <dl className="brief-person-sections">
      <LastInteraction dossier={dossier} day={day} timeZone={timeZone} />
      <FollowUps dossier={dossier} day={day} />
      <UpcomingDates dossier={dossier} />
      <KeyFacts dossier={dossier} />
      <HowWeMet dossier={dossier} />
      <Connections dossier={dossier} />
    </dl>
  );
}

import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/domain/person';
import { usePersonStore } from '../../stores/personStore';
import { PersonHeader } from './header/PersonHeader';
import { MergeDialog } from './MergeDialog';
import './person.css';
import { RelationshipSection } from './relationship/RelationshipSection';
import { AboutSection } from './sections/AboutSection';
import { ContactSection } from './sections/ContactSection';
import { CustomFieldsSection } from './sections/CustomFieldsSection';
import { DatesSection } from './sections/DatesSection';
import { HowWeMetSection } from './sections/HowWeMetSection';
import { KeyFactsSection } from './sections/KeyFactsSection';
import { RelationshipsSection } from './sections/RelationshipsSection';
import { WorkSection } from './sections/WorkSection';
import { TimelineSection } from './timeline/TimelineSection';
import { useTimelineStore } from './timeline/timelineStore';

const archivedOn = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

interface Props {
  personId: string;
  /** Opens another dossier (a relative, whoever introduced them). */
  onOpenPerson?: (id: string) => void;
}

/**
 * One person's dossier, edited in place: every section saves itself a moment after typing stops
 * and at once when focus leaves it; nothing typed is lost when the page is hidden or left.
 */
export function PersonPage({ personId, onOpenPerson }: Props) {
  const person = usePersonStore((s) => (s.person?.id === personId ? s.person : null));
  const loadError = usePersonStore((s) => (s.personId === personId ? s.loadError : null));

  useEffect(() => {
    // Both at once: the timeline is read while the dossier is, not after it.
    void usePersonStore.getState().open(personId);
    void useTimelineStore.getState().open(personId);
  }, [personId]);

  useEffect(() => {
    const flush = () => void usePersonStore.getState().flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  if (loadError) {
    return (
      <div className="dossier-missing" role="alert">
        <p>{loadError}</p>
      </div>
    );
  }
  if (!person) return <div className="dossier" aria-busy="true" />;
  return <Dossier key={person.id} person={person} onOpenPerson={onOpenPerson} />;
}

function Dossier({
  person,
  onOpenPerson,
}: {
  person: Person;
  onOpenPerson?: (id: string) => void;
}) {
  const [merging, setMerging] = useState(false);
  const archived = person.archivedAt !== null;

  return (
    <article className="dossier" aria-label={`Dossier of ${person.displayName}`}>
      {archived && (
        <div className="archived-banner" role="status">
          <span>
            Archived on {archivedOn.format(new Date(person.archivedAt ?? ''))}. Archived people are
            left out of your list and searches.
          </span>
          <button type="button" onClick={() => void usePersonStore.getState().restore(person.id)}>
            Restore
          </button>
        </div>
      )}
      <PersonHeader person={person} onMerge={() => setMerging(true)} />
      <RelationshipSection person={person} onOpenPerson={onOpenPerson} />
      <div className="dossier-layout">
        <div className="dossier-body">
          <div className="dossier-column">
            <KeyFactsSection person={person} />
            <ContactSection person={person} />
            <WorkSection person={person} />
            <DatesSection person={person} />
            <CustomFieldsSection person={person} />
          </div>
          <div className="dossier-column">
            <HowWeMetSection person={person} onOpenPerson={onOpenPerson} />
            <RelationshipsSection person={person} onOpenPerson={onOpenPerson} />
            <AboutSection person={person} />
          </div>
        </div>
        <TimelineSection personId={person.id} onOpenPerson={onOpenPerson} />
      </div>
      {merging && <MergeDialog person={person} onClose={() => setMerging(false)} />}
    </article>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { SectionFrame } from '../common/SectionFrame';
import { useTimelineStore } from '../timeline/timelineStore';
import { IntroPaths } from './IntroPaths';
import { KeepInTouchField } from './KeepInTouchField';
import './relationship.css';
import { useRelationshipStore } from './relationshipStore';
import { WarmthSummary } from './WarmthMeter';

/** A pause before re-reading, so a delete and its follow-up reads settle into one request. */
const RELOAD_DELAY_MS = 150;

/**
 * The interactions the timeline shows, as one string that changes when one is logged, edited
 * or deleted (keys are `at|id`), and not when a follow-up is checked off.
 */
function useTimelineSignature(personId: string): string | null {
  const entries = useTimelineStore((s) =>
    s.personId === personId && s.status === 'ready' ? s.entries : null,
  );
  return useMemo(
    () =>
      entries
        ? entries
            .filter((e) => e.type === 'interaction')
            .map((e) => e.key)
            .join(',')
        : null,
    [entries],
  );
}

/** How warm the tie is, how often to keep in touch, and who could introduce you. */
export function RelationshipSection({
  person,
  onOpenPerson,
}: {
  person: Person;
  onOpenPerson?: (id: string) => void;
}) {
  const mine = useRelationshipStore((s) => s.personId === person.id);
  const warmth = useRelationshipStore((s) => (s.personId === person.id ? s.warmth : null));
  const loadError = useRelationshipStore((s) => (s.personId === person.id ? s.loadError : null));
  const signature = useTimelineSignature(person.id);
  const seen = useRef<string | null>(null);

  useEffect(() => {
    seen.current = null;
    void useRelationshipStore.getState().open(person.id);
  }, [person.id]);

  // The first timeline read arrives with the section's own; only later changes need a re-read.
  useEffect(() => {
    if (signature === null) return undefined;
    if (seen.current === null || seen.current === signature) {
      seen.current = signature;
      return undefined;
    }
    seen.current = signature;
    const timer = setTimeout(() => void useRelationshipStore.getState().reload(), RELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [signature]);

  return (
    <SectionFrame title="Your relationship" className="relationship-section">
      <div className="relationship-grid" aria-busy={!warmth && !loadError}>
        {loadError ? (
          <p className="section-problem" role="alert">
            Could not work out how warm this tie is: {loadError}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void useRelationshipStore.getState().reload()}
            >
              Try again
            </button>
          </p>
        ) : warmth ? (
          <WarmthSummary warmth={warmth} />
        ) : (
          <p className="hint">Working out how warm this tie is…</p>
        )}
        {mine && <KeepInTouchField person={person} />}
      </div>
      {mine && <IntroPaths name={person.displayName} onOpenPerson={onOpenPerson} />}
    </SectionFrame>
  );
}

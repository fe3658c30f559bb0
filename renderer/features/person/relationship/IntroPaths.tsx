import type { IntroHop, IntroPath } from '../../../../shared/domain/insights';
import type { PersonRef } from '../../../../shared/domain/person';
import { IntroPathLine, pathWords } from './IntroPathLine';
import { useRelationshipStore } from './relationshipStore';

const nameOf = (end: PersonRef | 'you') => (end === 'you' ? 'you' : end.displayName);

function Hop({ hop }: { hop: IntroHop }) {
  return (
    <li className="intro-hop">
      <span className="hop-ends">
        {nameOf(hop.from)} ↔ {hop.to.displayName}
      </span>
      <span className="tie-strength" title="How strong this tie is, out of 100">
        strength {hop.strength}
      </span>
      {hop.evidence.length > 0 && (
        <ul className="hop-evidence">
          {hop.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function PathItem({
  path,
  onOpenPerson,
}: {
  path: IntroPath;
  onOpenPerson?: (id: string) => void;
}) {
  const direct = path.hops.length === 1;
  return (
    <li className="intro-path" aria-label={`${pathWords(path)}, strength ${path.strength}`}>
      <p className="intro-path-head">
        {direct ? (
          <span>You know {path.hops[0]?.to.displayName} directly</span>
        ) : (
          <IntroPathLine path={path} onOpenPerson={onOpenPerson} />
        )}
        <span className="tie-strength">strength {path.strength}</span>
      </p>
      <ul className="intro-hops">
        {path.hops.map((hop, i) => (
          <Hop key={`${hop.to.id}-${i}`} hop={hop} />
        ))}
      </ul>
    </li>
  );
}

/**
 * "Find an intro": asked for, not automatic, since the first search after a change rebuilds who
 * knows whom and can take seconds on a large file.
 */
export function IntroPaths({
  name,
  onOpenPerson,
}: {
  name: string;
  onOpenPerson?: (id: string) => void;
}) {
  const intro = useRelationshipStore((s) => s.intro);
  const find = () => void useRelationshipStore.getState().findIntro();

  return (
    <div className="intro" aria-busy={intro.status === 'loading'}>
      <div className="intro-bar">
        <h3 className="subheading">Intro paths</h3>
        <button type="button" onClick={find} disabled={intro.status === 'loading'}>
          {intro.status === 'ready' || intro.status === 'failed' ? 'Find again' : 'Find an intro'}
        </button>
      </div>
      {intro.status === 'idle' && (
        <p className="hint">
          Who could introduce you to {name}: the warmest paths of up to three steps.
        </p>
      )}
      {intro.status === 'loading' && (
        <p className="hint" role="status">
          Working out who knows whom…
        </p>
      )}
      {intro.status === 'failed' && (
        <p className="section-problem" role="alert">
          Could not find a path: {intro.error}
        </p>
      )}
      {intro.status === 'ready' &&
        (intro.paths.length === 0 ? (
          <p className="hint" role="status">
            No path within three steps. Log a meeting or note a relationship with someone who knows{' '}
            {name}, and try again.
          </p>
        ) : (
          <ol className="intro-paths" aria-label={`Intro paths to ${name}`}>
            {intro.paths.map((path) => (
              <PathItem
                key={path.hops.map((h) => h.to.id).join('>')}
                path={path}
                onOpenPerson={onOpenPerson}
              />
            ))}
          </ol>
        ))}
    </div>
  );
}

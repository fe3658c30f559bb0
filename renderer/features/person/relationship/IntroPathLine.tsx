import { Fragment } from 'react';
import type { IntroPath } from '../../../../shared/domain/insights';
import { PersonLink } from '../sections/PersonLink';

/** "you → Dana → Priya" in one line, each person a link to their dossier. */
export function IntroPathLine({
  path,
  onOpenPerson,
}: {
  path: IntroPath;
  onOpenPerson?: (id: string) => void;
}) {
  return (
    <span className="path-line">
      <span className="path-you">you</span>
      {path.hops.map((hop, i) => (
        <Fragment key={`${hop.to.id}-${i}`}>
          <span className="path-arrow">{' → '}</span>
          <PersonLink person={hop.to} onOpenPerson={onOpenPerson} />
        </Fragment>
      ))}
    </span>
  );
}

/** "you → Dana Scully → Priya Patel", as plain words for a label. */
export function pathWords(path: IntroPath): string {
  return ['you', ...path.hops.map((hop) => hop.to.displayName)].join(' → ');
}

import type { KeyboardEvent } from 'react';
import type { WhoKnowsResult } from '../../../shared/domain/insights';
import { Avatar } from '../people/Avatar';
import { IntroPathLine } from '../person/relationship/IntroPathLine';
import { WarmthBar } from '../person/relationship/WarmthMeter';
import './whoKnows.css';

type Row = WhoKnowsResult['people'][number];

/** ↑/↓ move between the people in the list; Enter opens, as on any button. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.who-person')];
  const at = buttons.findIndex((b) => b === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  const next =
    event.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : Math.max(at - 1, 0);
  buttons[next]?.focus();
}

function WhoRow({ row, onOpenPerson }: { row: Row; onOpenPerson: (id: string) => void }) {
  const role = [row.title, row.current ? 'now' : 'before'].filter(Boolean).join(' · ');
  return (
    <li className="who-row">
      <button type="button" className="who-person" onClick={() => onOpenPerson(row.person.id)}>
        <Avatar name={row.person.displayName} />
        <span className="row-text">
          <span className="row-title">{row.person.displayName}</span>
          <span className="row-sub">{role}</span>
        </span>
      </button>
      <span className="who-warmth">
        <WarmthBar score={row.warmth} label={`Warmth with ${row.person.displayName}`} />
        <span className="who-score" aria-hidden="true">
          {row.warmth}
        </span>
      </span>
      {row.via && (
        <p className="who-via">
          <span className="muted">via </span>
          <IntroPathLine path={row.via} onOpenPerson={onOpenPerson} />
          <span className="tie-strength"> · strength {row.via.strength}</span>
        </p>
      )}
    </li>
  );
}

/**
 * The people at an organization or domain, warmest first, with how warm each tie is and, for
 * the cold ones, who could introduce you. Shared by the organization page and the dialog.
 */
export function WhoKnowsList({
  result,
  searched,
  onOpenPerson,
}: {
  result: WhoKnowsResult;
  /** What was looked for, for the empty state: the organization's name or the domain. */
  searched: string;
  onOpenPerson: (id: string) => void;
}) {
  const place = result.organization?.name ?? searched;
  if (result.people.length === 0) {
    return (
      <p className="muted who-empty" role="status">
        {result.organization
          ? `No one at ${place} in your files yet. Add a role there to someone’s page, or an email at ${result.organization.domains[0] ?? 'its domain'}.`
          : `No one in your files has an address at ${place}.`}
      </p>
    );
  }
  return (
    <ul className="who-knows-list" aria-label={`People at ${place}`} onKeyDown={moveFocus}>
      {result.people.map((row) => (
        <WhoRow key={row.person.id} row={row} onOpenPerson={onOpenPerson} />
      ))}
    </ul>
  );
}

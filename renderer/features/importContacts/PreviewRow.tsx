import type { ContactProblem, ImportDecision, ImportRow } from '../../../shared/domain/contacts';
import { roleText } from './importText';

export type PreviewItem =
  { kind: 'row'; row: ImportRow } | { kind: 'problem'; problem: ContactProblem };

interface Props {
  item: PreviewItem;
  labelId: string;
  decision: ImportDecision;
  onDecide: (row: ImportRow, decision: ImportDecision) => void;
}

const CHOICES: { value: ImportDecision; label: string }[] = [
  { value: 'merge', label: 'Merge' },
  { value: 'skip', label: 'Skip' },
  { value: 'create', label: 'Create new' },
];

/** A small picture frame beside the name: this card brings a photo. */
export function PhotoMark() {
  return (
    <svg
      className="import-photo-mark"
      role="img"
      aria-label="Has a photo"
      viewBox="0 0 16 16"
      width="14"
      height="14"
    >
      <title>Has a photo</title>
      <rect x="1.5" y="2.5" width="13" height="11" rx="2" fill="none" stroke="currentColor" />
      <circle cx="5.5" cy="6.5" r="1.5" fill="currentColor" />
      <path d="M2 12l4-4 3 3 2-2 3 3" fill="none" stroke="currentColor" />
    </svg>
  );
}

function Identity({ row, labelId }: { row: ImportRow; labelId: string }) {
  const { contact } = row;
  const details = [contact.emails.map((e) => e.address).join(', '), roleText(contact.roles)];
  return (
    <>
      <span className="import-row-name">
        <span id={labelId}>{contact.displayName || contact.emails[0]?.address || 'No name'}</span>
        {contact.hasPhoto && <PhotoMark />}
      </span>
      <span className="import-row-sub">{details.filter(Boolean).join(' · ')}</span>
    </>
  );
}

/** Who a match is and what merging would bring: "Matches Ada Lovelace by email · adds 1 phone". */
function MatchLine({ row }: { row: ImportRow }) {
  const { match } = row;
  if (!match) return null;
  if (row.status === 'unchanged') {
    return (
      <span className="import-row-match">
        <strong>{match.displayName}</strong> already has everything in it (found by {match.by})
      </span>
    );
  }
  return (
    <span className="import-row-match">
      Matches <strong>{match.displayName}</strong> by {match.by}
      {row.adds.length > 0 && ` · adds ${row.adds.join(', ')}`}
    </span>
  );
}

function DecisionChoice({
  row,
  labelId,
  decision,
  onDecide,
}: Omit<Props, 'item'> & { row: ImportRow }) {
  return (
    <div
      className="import-choice"
      role="radiogroup"
      aria-label={`What to do with ${row.contact.displayName || 'this contact'}`}
    >
      {CHOICES.map((choice) => (
        <label key={choice.value} className={decision === choice.value ? 'chosen' : undefined}>
          <input
            type="radio"
            name={`${labelId}-decision`}
            value={choice.value}
            checked={decision === choice.value}
            onChange={() => onDecide(row, choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </div>
  );
}

/** One card or row of the file, as the import would treat it. */
export function PreviewRow({ item, labelId, decision, onDecide }: Props) {
  if (item.kind === 'problem') {
    return (
      <div className="import-row invalid">
        <div className="import-row-main">
          <span className="import-row-name" id={labelId}>
            {item.problem.position}
          </span>
          <span className="import-row-reason">{item.problem.reason}</span>
        </div>
        <span className="import-badge invalid">Invalid</span>
      </div>
    );
  }
  const { row } = item;
  const skipped = decision === 'skip';
  return (
    <div className={`import-row ${row.status}${skipped ? ' skipped' : ''}`} title={row.position}>
      <div className="import-row-main">
        <Identity row={row} labelId={labelId} />
        <MatchLine row={row} />
      </div>
      <div className="import-row-side">
        {row.status === 'new' && (
          <>
            <span className="import-badge new">New</span>
            <label className="import-skip">
              <input
                type="checkbox"
                checked={skipped}
                onChange={(e) => onDecide(row, e.target.checked ? 'skip' : 'create')}
              />
              Skip
            </label>
          </>
        )}
        {row.status === 'match' && (
          <>
            <span className="import-badge match">Match</span>
            <DecisionChoice row={row} labelId={labelId} decision={decision} onDecide={onDecide} />
          </>
        )}
        {row.status === 'unchanged' && (
          <span className="import-badge unchanged">Already up to date</span>
        )}
      </div>
    </div>
  );
}

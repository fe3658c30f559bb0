import { useState } from 'react';
import type { ImportDecision, ImportPreview } from '../../../shared/domain/contacts';
import { useImportStore } from '../../stores/importStore';
import { CountFilters, type CountFilter } from './CountFilters';
import { decisionOf, plural } from './importText';
import { PreviewRow, type PreviewItem } from './PreviewRow';
import { VirtualRows } from './VirtualRows';

type Filter = 'match' | 'new' | 'unchanged' | 'invalid';

// Matches come first: they are the rows that ask for a decision.
const ORDER: Record<Filter, number> = { match: 0, new: 1, invalid: 2, unchanged: 3 };

function itemsOf(preview: ImportPreview, filter: Filter | null): PreviewItem[] {
  const rows: PreviewItem[] = preview.rows
    .filter((row) => !filter || row.status === filter)
    .map((row) => ({ kind: 'row', row }));
  const problems: PreviewItem[] =
    !filter || filter === 'invalid'
      ? preview.problems.map((problem) => ({ kind: 'problem', problem }))
      : [];
  const rank = (item: PreviewItem) => ORDER[item.kind === 'row' ? item.row.status : 'invalid'];
  // A stable sort: within a group the file's own order stays.
  return [...rows, ...problems].sort((a, b) => rank(a) - rank(b));
}

const keyOf = (item: PreviewItem) =>
  item.kind === 'row' ? `row:${item.row.position}` : `problem:${item.problem.position}`;

const estimate = (item: PreviewItem) =>
  item.kind === 'row' && item.row.status === 'match' ? 76 : 58;

function BulkChoice({ what, choices }: { what: string; choices: [string, () => void][] }) {
  return (
    <span className="import-bulk-group">
      {what}:
      {choices.map(([label, run]) => (
        <button
          key={label}
          type="button"
          className="link-button"
          aria-label={`${label}: ${what.toLowerCase()}`}
          onClick={run}
        >
          {label}
        </button>
      ))}
    </span>
  );
}

/** "Creates 2 people, merges 1 match, skips 3. Nothing is written until you import." */
function summaryOf(tally: Record<ImportDecision, number>): string {
  if (tally.create + tally.merge === 0) {
    return 'Nothing to import: everything in this file is already in Farley, or skipped.';
  }
  const parts = [
    tally.create > 0 && `creates ${plural(tally.create, 'person', 'people')}`,
    tally.merge > 0 && `merges ${plural(tally.merge, 'match', 'matches')}`,
    tally.skip > 0 && `skips ${plural(tally.skip, 'contact')}`,
  ].filter((part) => typeof part === 'string');
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. Nothing is written until you import.`;
}

/** What the import would do, row by row, with a choice for each match; nothing written yet. */
export function PreviewStep({ preview }: { preview: ImportPreview }) {
  const decisions = useImportStore((s) => s.decisions);
  const importing = useImportStore((s) => s.busy === 'importing');
  const files = useImportStore((s) => s.files.length);
  const [filter, setFilter] = useState<Filter | null>(null);
  const store = useImportStore.getState;

  const items = itemsOf(preview, filter);
  const tally = { create: 0, merge: 0, skip: 0 };
  for (const row of preview.rows) {
    if (row.status !== 'unchanged') tally[decisionOf(row, decisions)]++;
  }
  const writing = tally.create + tally.merge;
  const { counts } = preview;
  const filters: CountFilter<Filter>[] = [
    { key: 'new', count: counts.new, noun: 'new' },
    { key: 'match', count: counts.match, noun: counts.match === 1 ? 'match' : 'matches' },
    { key: 'unchanged', count: counts.unchanged, noun: 'already up to date' },
    { key: 'invalid', count: counts.invalid, noun: 'invalid' },
  ];
  const decideAll = (status: 'new' | 'match', decision: ImportDecision) => () =>
    store().decideAll(status, decision);

  return (
    <>
      <div className="import-body preview">
        <CountFilters label="Show" filters={filters} value={filter} onChange={setFilter} />
        {(counts.match > 1 || counts.new > 1) && (
          <p className="import-bulk">
            {counts.match > 1 && (
              <BulkChoice
                what="Every match"
                choices={[
                  ['Merge', decideAll('match', 'merge')],
                  ['Skip', decideAll('match', 'skip')],
                  ['Create new', decideAll('match', 'create')],
                ]}
              />
            )}
            {counts.new > 1 && (
              <BulkChoice
                what="Every new person"
                choices={[
                  ['Import', decideAll('new', 'create')],
                  ['Skip', decideAll('new', 'skip')],
                ]}
              />
            )}
          </p>
        )}
        {items.length === 0 ? (
          <p className="import-empty">
            No contacts were found in {files === 1 ? 'this file' : `these ${files} files`}.
          </p>
        ) : (
          <div className="import-list" inert={importing}>
            <VirtualRows
              items={items}
              label="Contacts to import"
              estimate={estimate}
              getKey={keyOf}
              render={(item, labelId) => (
                <PreviewRow
                  item={item}
                  labelId={labelId}
                  decision={item.kind === 'row' ? decisionOf(item.row, decisions) : 'skip'}
                  onDecide={(row, decision) => store().decide(row, decision)}
                />
              )}
            />
          </div>
        )}
      </div>
      <footer className="import-footer">
        <p className="import-summary" role="status">
          {importing ? `Importing ${plural(writing, 'contact')}…` : summaryOf(tally)}
        </p>
        {importing && <div className="import-progress" role="progressbar" aria-label="Importing" />}
        <button type="button" disabled={importing} onClick={() => store().back()}>
          Back
        </button>
        {writing === 0 ? (
          <button type="button" className="primary" data-primary onClick={() => store().close()}>
            Close
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            data-primary
            aria-disabled={importing}
            onClick={() => void store().runImport()}
          >
            {importing ? 'Importing…' : `Import ${plural(writing, 'contact')}`}
          </button>
        )}
      </footer>
    </>
  );
}

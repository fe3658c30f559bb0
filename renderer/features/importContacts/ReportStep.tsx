import { useState } from 'react';
import type { ImportReport } from '../../../shared/domain/contacts';
import { useImportStore } from '../../stores/importStore';
import { useUiStore } from '../../stores/uiStore';
import { CountFilters, type CountFilter } from './CountFilters';
import { plural } from './importText';
import { VirtualRows } from './VirtualRows';

type Outcome = 'created' | 'merged' | 'skipped' | 'invalid';

type ReportItem =
  | { kind: 'created' | 'merged'; position: string; personId: string; name: string; adds: string[] }
  | { kind: 'skipped' | 'invalid'; position: string; reason: string };

const BADGES: Record<Outcome, string> = {
  created: 'Created',
  merged: 'Merged',
  skipped: 'Skipped',
  invalid: 'Invalid',
};

function itemsOf(report: ImportReport, filter: Outcome | null): ReportItem[] {
  const items: ReportItem[] = [];
  const want = (kind: Outcome) => !filter || filter === kind;
  if (want('created')) {
    for (const c of report.created) {
      items.push({
        kind: 'created',
        position: c.position,
        personId: c.personId,
        name: c.displayName,
        adds: [],
      });
    }
  }
  if (want('merged')) {
    for (const m of report.merged) {
      items.push({
        kind: 'merged',
        position: m.position,
        personId: m.personId,
        name: m.displayName,
        adds: m.adds,
      });
    }
  }
  if (want('skipped')) for (const s of report.skipped) items.push({ kind: 'skipped', ...s });
  if (want('invalid')) for (const p of report.invalid) items.push({ kind: 'invalid', ...p });
  return items;
}

const keyOf = (item: ReportItem) => `${item.kind}:${item.position}`;
const estimate = () => 58;

function ReportRow({ item, labelId }: { item: ReportItem; labelId: string }) {
  const open = (personId: string) => {
    useImportStore.getState().close();
    useUiStore.getState().openPerson(personId);
  };
  return (
    <div className={`import-row ${item.kind}`} title={item.position}>
      <div className="import-row-main">
        {'personId' in item ? (
          <>
            <span className="import-row-name">
              <button
                type="button"
                id={labelId}
                className="link-button import-open"
                onClick={() => open(item.personId)}
              >
                {item.name}
              </button>
            </span>
            {item.kind === 'merged' && (
              <span className="import-row-sub">
                {item.adds.length ? `Added ${item.adds.join(', ')}` : 'Nothing new to add'}
              </span>
            )}
          </>
        ) : (
          <>
            <span className="import-row-name" id={labelId}>
              {item.position}
            </span>
            <span className="import-row-reason">{item.reason}</span>
          </>
        )}
      </div>
      <span className={`import-badge ${item.kind}`}>{BADGES[item.kind]}</span>
    </div>
  );
}

/** What the import did: who was created or merged (each a link to their dossier), and why not. */
export function ReportStep({ report }: { report: ImportReport }) {
  const [filter, setFilter] = useState<Outcome | null>(null);
  const store = useImportStore.getState;
  const filters: CountFilter<Outcome>[] = [
    { key: 'created', count: report.created.length, noun: 'created' },
    { key: 'merged', count: report.merged.length, noun: 'merged' },
    { key: 'skipped', count: report.skipped.length, noun: 'skipped' },
    { key: 'invalid', count: report.invalid.length, noun: 'invalid' },
  ];
  const items = itemsOf(report, filter);
  const written = report.created.length + report.merged.length;

  return (
    <>
      <div className="import-body preview">
        <CountFilters label="Show" filters={filters} value={filter} onChange={setFilter} />
        {items.length === 0 ? (
          <p className="import-empty">Nothing was imported.</p>
        ) : (
          <div className="import-list">
            <VirtualRows
              items={items}
              label="What was imported"
              estimate={estimate}
              getKey={keyOf}
              render={(item, labelId) => <ReportRow item={item} labelId={labelId} />}
            />
          </div>
        )}
      </div>
      <footer className="import-footer">
        <p className="import-summary" role="status">
          {written === 0
            ? 'Nothing changed.'
            : `Imported ${plural(written, 'contact')}. Open anyone above to see their dossier.`}
        </p>
        <button type="button" className="primary" data-primary onClick={() => store().close()}>
          Done
        </button>
      </footer>
    </>
  );
}

import { useState, type KeyboardEvent } from 'react';
import { DATE_KINDS, type DateKind, type Person } from '../../../../shared/domain/person';
import type { FieldIssue } from '../../../../shared/result';
import { FieldError, SaveProblem, SectionFrame } from '../common/SectionFrame';
import { isBlank, issueAt, keyRows, listPlan, newRowKey, type Row } from '../draft/rows';
import type { SectionSpec } from '../draft/sectionDraft';
import { useSectionDraft } from '../draft/useSectionDraft';
import { describeDate, MONTHS } from './dateText';

/** Numbers stay text while typed, so "1" on the way to "14" is never rejected or reformatted. */
interface DateDraft {
  kind: DateKind;
  label: string;
  month: string;
  day: string;
  year: string;
}

const KIND_NAMES: Record<DateKind, string> = {
  birthday: 'Birthday',
  anniversary: 'Anniversary',
  custom: 'Custom',
};

function parsed(row: DateDraft) {
  return {
    kind: row.kind,
    label: row.label.trim(),
    month: Number(row.month),
    day: Number(row.day),
    year: row.year.trim() ? Number(row.year) : null,
  };
}

function checkRow(row: Row<DateDraft>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!row.month) issues.push({ path: `${row.key}.month`, message: 'Choose a month' });
  if (!/^\d{1,2}$/.test(row.day.trim())) {
    issues.push({ path: `${row.key}.day`, message: 'Day must be 1–31' });
  }
  if (row.year.trim() && !/^\d{4}$/.test(row.year.trim())) {
    issues.push({ path: `${row.key}.year`, message: 'Use a four-digit year, or leave it empty' });
  }
  if (!issues.length) {
    const { month, day, year } = parsed(row);
    const date = new Date(year ?? 2000, month - 1, day);
    if (date.getMonth() !== month - 1 || date.getDate() !== day) {
      issues.push({ path: `${row.key}.day`, message: 'This date does not exist' });
    }
  }
  if (row.kind === 'custom' && !row.label.trim()) {
    issues.push({ path: `${row.key}.label`, message: 'A custom date needs a label' });
  }
  return issues;
}

const blankDate = (row: DateDraft) => isBlank(row.month, row.day, row.year, row.label);

const dateSpec: SectionSpec<Row<DateDraft>[]> = {
  id: 'dates',
  sourceKey: (p) => JSON.stringify(p.dates),
  toDraft: (p, previous) =>
    keyRows(
      p.dates.map((d) => ({
        kind: d.kind,
        label: d.label,
        month: String(d.month),
        day: String(d.day),
        year: d.year === null ? '' : String(d.year),
      })),
      previous,
      blankDate,
    ),
  toPatch: (rows, reason) => {
    // A date being added is checked once the user leaves it, not after its first keystroke.
    const unfinished = (row: Row<DateDraft>) =>
      reason === 'typing' && row.isNew === true && (!row.month || !row.day.trim());
    const plan = listPlan(
      'dates',
      rows,
      (row) =>
        isBlank(row.month, row.day, row.year, row.label) || unfinished(row) ? null : parsed(row),
      checkRow,
    );
    return { ...plan, complete: !rows.some(unfinished) };
  },
};

export function DatesSection({ person }: { person: Person }) {
  const handle = useSectionDraft(person, dateSpec);
  const [today] = useState(() => new Date());
  const rows = handle.draft;
  const rowKeys = new Set(rows.map((row) => row.key));

  const change = (key: string, patch: Partial<Row<DateDraft>>, when?: 'now') =>
    handle.edit((d) => d.map((row) => (row.key === key ? { ...row, ...patch } : row)), when);
  const remove = (key: string) => handle.edit((d) => d.filter((row) => row.key !== key), 'now');
  const add = () => {
    const key = newRowKey();
    const kind: DateKind = rows.some((r) => r.kind === 'birthday') ? 'anniversary' : 'birthday';
    handle.edit((d) => [...d, { key, isNew: true, kind, label: '', month: '', day: '', year: '' }]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, row: Row<DateDraft>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      change(row.key, { isNew: false }, 'now');
    } else if (event.key === 'Escape' && row.isNew) {
      event.preventDefault();
      remove(row.key);
    }
  };

  return (
    <SectionFrame title="Important dates">
      <div role="group" aria-label="Dates" className="row-list" {...handle.focusProps}>
        {rows.map((row, index) => {
          const n = index + 1;
          const err = (field: string) => issueAt(handle.issues, `${row.key}.${field}`);
          const errId = (field: string) => `${row.key}-${field}-error`;
          const described = (field: string) => ({
            'aria-invalid': Boolean(err(field)) || undefined,
            'aria-describedby': err(field) ? errId(field) : undefined,
          });
          const valid = checkRow(row).length === 0;
          return (
            <div key={row.key} className="date-row">
              <div className="row-fields">
                <select
                  aria-label={`Date ${n} kind`}
                  className="inline-select"
                  value={row.kind}
                  autoFocus={row.isNew}
                  onChange={(e) => change(row.key, { kind: e.target.value as DateKind })}
                  onKeyDown={(e) => onKeyDown(e, row)}
                >
                  {DATE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {KIND_NAMES[kind]}
                    </option>
                  ))}
                </select>
                {(row.kind !== 'birthday' || row.label) && (
                  <input
                    aria-label={`Date ${n} label`}
                    className="inline-input label-cell"
                    placeholder={row.kind === 'custom' ? 'What is it?' : 'Label'}
                    value={row.label}
                    {...described('label')}
                    onChange={(e) => change(row.key, { label: e.target.value })}
                    onKeyDown={(e) => onKeyDown(e, row)}
                  />
                )}
                <select
                  aria-label={`Date ${n} month`}
                  className="inline-select"
                  value={row.month}
                  {...described('month')}
                  onChange={(e) => change(row.key, { month: e.target.value })}
                  onKeyDown={(e) => onKeyDown(e, row)}
                >
                  <option value="">Month</option>
                  {MONTHS.map((name, i) => (
                    <option key={name} value={String(i + 1)}>
                      {name}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={`Date ${n} day`}
                  className="inline-input day-cell"
                  placeholder="Day"
                  inputMode="numeric"
                  value={row.day}
                  {...described('day')}
                  onChange={(e) => change(row.key, { day: e.target.value })}
                  onKeyDown={(e) => onKeyDown(e, row)}
                />
                <input
                  aria-label={`Date ${n} year`}
                  className="inline-input year-cell"
                  placeholder="Year"
                  inputMode="numeric"
                  value={row.year}
                  {...described('year')}
                  onChange={(e) => change(row.key, { year: e.target.value })}
                  onKeyDown={(e) => onKeyDown(e, row)}
                />
                <button
                  type="button"
                  className="icon-button remove"
                  aria-label={`Remove date ${n}`}
                  title="Remove date"
                  onClick={() => remove(row.key)}
                >
                  ×
                </button>
              </div>
              {(['label', 'month', 'day', 'year'] as const).map((field) => (
                <FieldError key={field} id={errId(field)} message={err(field)} />
              ))}
              {valid && !err('day') && (
                <p className="date-hint">{describeDate(parsed(row), today)}</p>
              )}
            </div>
          );
        })}
        <SaveProblem
          status={handle.status}
          error={handle.error}
          issues={handle.issues}
          placed={(path) => rowKeys.has(path.split('.')[0] ?? '')}
          onRetry={() => void handle.flush()}
        />
        <button type="button" className="add-button" onClick={add}>
          + Add date
        </button>
      </div>
    </SectionFrame>
  );
}

import type { KeyboardEvent, ReactNode } from 'react';
import type { SectionHandle } from '../draft/useSectionDraft';
import { issueAt, newRowKey, type Row } from '../draft/rows';
import { FieldError, SaveProblem } from './SectionFrame';

type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

export interface Column<T> {
  field: TextKeys<T>;
  /** Accessible name for row `n` (1-based), e.g. "Email 2". */
  label: (n: number) => string;
  placeholder?: string;
  className?: string;
  /** Id of a <datalist> with suggestions (labels such as "work", "home"). */
  list?: string;
  inputMode?: 'email' | 'tel' | 'url' | 'text';
  /** Shows a field's issue in a richer way (an offer to merge); null falls back to the message. */
  renderIssue?: (row: Row<T>, message: string, id: string) => ReactNode;
}

interface Props<T extends object> {
  /** Group label for screen readers ("Emails"). */
  title: string;
  /** Singular noun for buttons: "Add email", "Remove email 2". */
  noun: string;
  handle: SectionHandle<Row<T>[]>;
  columns: Column<T>[];
  blank: () => T;
  /** Rows carry `primary`: show a toggle to choose the primary one. */
  withPrimary?: boolean;
  /** Extra controls after the inputs of a row (open a link, write an email). */
  rowTools?: (row: Row<T>, n: number) => ReactNode;
}

/**
 * An editable list of short rows. Every change saves itself; Enter saves at once, Escape takes
 * back a row just added, and an issue from main shows under the field it is about.
 */
export function RowList<T extends object>(props: Props<T>) {
  const { title, noun, handle, columns, blank, withPrimary, rowTools } = props;
  const rows = handle.draft;
  const rowKeys = new Set(rows.map((row) => row.key));

  const change = (key: string, patch: Partial<T>) =>
    handle.edit((draft) => draft.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const remove = (key: string) =>
    handle.edit((draft) => draft.filter((row) => row.key !== key), 'now');

  const add = () => {
    const key = newRowKey();
    handle.edit((draft) => [...draft, { ...blank(), key, isNew: true }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: Row<T>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      handle.edit(
        (draft) => draft.map((r) => (r.key === row.key ? { ...r, isNew: false } : r)),
        'now',
      );
    } else if (event.key === 'Escape' && row.isNew) {
      event.preventDefault();
      remove(row.key);
    }
  };

  const makePrimary = (key: string) =>
    handle.edit((draft) => draft.map((row) => ({ ...row, primary: row.key === key })), 'now');

  return (
    <div role="group" aria-label={title} className="row-list" {...handle.focusProps}>
      {rows.length > 0 && (
        <ul className="rows">
          {rows.map((row, index) => {
            const n = index + 1;
            const primary = withPrimary && (row as { primary?: boolean }).primary === true;
            const rowIssue = issueAt(handle.issues, row.key);
            return (
              <li key={row.key} className="row">
                <div className="row-fields">
                  {columns.map((column, c) => {
                    const path = `${row.key}.${column.field}`;
                    const message = issueAt(handle.issues, path);
                    const errorId = `${path}-error`;
                    return (
                      <div key={column.field} className={`cell ${column.className ?? ''}`}>
                        <input
                          aria-label={column.label(n)}
                          className="inline-input"
                          value={String(row[column.field] ?? '')}
                          placeholder={column.placeholder}
                          list={column.list}
                          inputMode={column.inputMode}
                          autoComplete="off"
                          spellCheck={false}
                          autoFocus={c === 0 && row.isNew}
                          aria-invalid={Boolean(message) || undefined}
                          aria-describedby={message ? errorId : undefined}
                          onChange={(e) =>
                            change(row.key, { [column.field]: e.target.value } as Partial<T>)
                          }
                          onKeyDown={(e) => onKeyDown(e, row)}
                        />
                        {(message && column.renderIssue?.(row, message, errorId)) ?? (
                          <FieldError id={errorId} message={message} />
                        )}
                      </div>
                    );
                  })}
                  {withPrimary && rows.length > 1 && (
                    <button
                      type="button"
                      className={`icon-button star ${primary ? 'on' : ''}`}
                      aria-pressed={primary}
                      aria-label={`Primary ${noun} ${n}`}
                      title={primary ? `Primary ${noun}` : `Make this the primary ${noun}`}
                      onClick={() => makePrimary(row.key)}
                    >
                      {primary ? '★' : '☆'}
                    </button>
                  )}
                  {rowTools && <span className="tool-slot">{rowTools(row, n)}</span>}
                  <button
                    type="button"
                    className="icon-button remove"
                    aria-label={`Remove ${noun} ${n}`}
                    title={`Remove ${noun}`}
                    onClick={() => remove(row.key)}
                  >
                    ×
                  </button>
                </div>
                <FieldError id={`${row.key}-error`} message={rowIssue} />
              </li>
            );
          })}
        </ul>
      )}
      <SaveProblem
        status={handle.status}
        error={handle.error}
        issues={handle.issues}
        placed={(path) => rowKeys.has(path.split('.')[0] ?? '')}
        onRetry={() => void handle.flush()}
      />
      <button type="button" className="add-button" onClick={add}>
        + Add {noun}
      </button>
    </div>
  );
}

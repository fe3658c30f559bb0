import type { FieldIssue } from '../../../../shared/result';
import type { PatchPlan } from './sectionDraft';

/** A list item being edited: `key` is stable across saves so focus stays where the user is. */
export type Row<T> = T & { key: string; isNew?: boolean };

let lastKey = 0;
export function newRowKey(): string {
  lastKey += 1;
  return `r${lastKey}`;
}

/**
 * Rows for stored items, reusing the keys of the rows they came from (by position). Rows left
 * blank stay where they are instead of vanishing when the user looks away: nothing shifts under
 * the pointer, and an empty row just added is still there to type into.
 */
export function keyRows<T>(
  items: T[],
  previous: Row<T>[] | null,
  blank?: (row: T) => boolean,
): Row<T>[] {
  const filled = previous?.filter((row) => !blank?.(row)) ?? [];
  const rows = items.map((item, i) => ({ ...item, key: filled[i]?.key ?? newRowKey() }));
  const empty = blank ? (previous ?? []).filter((row) => blank(row)) : [];
  return [...rows, ...empty];
}

export type ListSection =
  | 'emails'
  | 'phones'
  | 'addresses'
  | 'links'
  | 'keyFacts'
  | 'dates'
  | 'customFields'
  | 'roles'
  | 'tags';

/**
 * The patch for a list section: blank rows (an add not typed into yet) are left out, and server
 * issue paths such as `emails.1.address` are mapped back to the row they came from.
 */
export function listPlan<T, Item>(
  section: ListSection,
  rows: Row<T>[],
  toItem: (row: Row<T>) => Item | null,
  validate?: (row: Row<T>) => FieldIssue[],
): PatchPlan {
  const keys: string[] = [];
  const items: Item[] = [];
  const issues: FieldIssue[] = [];
  for (const row of rows) {
    const item = toItem(row);
    if (item === null) continue;
    const found = validate?.(row) ?? [];
    issues.push(...found);
    keys.push(row.key);
    items.push(item);
  }
  return {
    patch: { [section]: items },
    issues,
    mapPath: (path) => {
      const match = new RegExp(`^${section}\\.(\\d+)(?:\\.(.*))?$`).exec(path);
      if (!match) return path === section ? '' : path;
      const key = keys[Number(match[1])];
      if (key === undefined) return '';
      return match[2] ? `${key}.${match[2]}` : key;
    },
  };
}

export function issueAt(issues: FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}

/** Messages that belong to no single field, e.g. "At most 50 email addresses". */
export function sectionIssues(issues: FieldIssue[], fieldPaths: (path: string) => boolean) {
  return issues.filter((issue) => !fieldPaths(issue.path)).map((issue) => issue.message);
}

export function isBlank(...values: string[]): boolean {
  return values.every((value) => value.trim() === '');
}

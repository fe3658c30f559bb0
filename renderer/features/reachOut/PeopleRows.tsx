import { useEffect, useId, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PersonRef } from '../../../shared/domain/person';
import { useListCursor } from '../../app/ui/useListCursor';

interface Props<T> {
  label: string;
  items: readonly T[];
  personOf: (item: T) => PersonRef;
  /** What a screen reader says after the name when a row takes the focus. */
  describe: (item: T) => string;
  onOpen: (id: string) => void;
  /** A row's content; `tabbable` is whether its buttons are in the Tab order. */
  children: (item: T, tabbable: boolean) => ReactNode;
  /** Keys a row handles beyond moving and opening (return true when handled). */
  onRowKey?: (item: T, key: string) => boolean;
}

/**
 * A list of people, one row each, as a single Tab stop: ↑/↓ (or J/K), Home and End move between
 * rows, Enter opens the dossier. The cursor keeps to the same person across reloads; when that
 * person leaves the list with the focus, the row that took their place gets it.
 */
export function PeopleRows<T>({
  label,
  items,
  personOf,
  describe,
  onOpen,
  children,
  onRowKey,
}: Props<T>) {
  const id = useId();
  const people = useMemo(() => items.map(personOf), [items, personOf]);
  const [activeIndex, setActiveIndex] = useListCursor(people, null);
  const cursor = activeIndex >= 0 ? activeIndex : 0;
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  /** Where the focus was, by position, for when its row goes away. */
  const focusedAt = useRef<number | null>(null);

  useEffect(() => {
    const at = focusedAt.current;
    if (at === null || activeIndex >= 0 || people.length === 0) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) rows.current[Math.min(at, people.length - 1)]?.focus();
  });

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(index, people.length - 1));
    setActiveIndex(target);
    rows.current[target]?.focus();
  };

  const onKeyDown = (item: T, index: number, event: KeyboardEvent<HTMLLIElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    const onRow = event.target === event.currentTarget;
    const run = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (event.key === 'ArrowDown' || (onRow && event.key === 'j')) run(() => focusRow(index + 1));
    else if (event.key === 'ArrowUp' || (onRow && event.key === 'k'))
      run(() => focusRow(index - 1));
    else if (event.key === 'Home') run(() => focusRow(0));
    else if (event.key === 'End') run(() => focusRow(people.length - 1));
    else if (!onRow) return;
    else if (event.key === 'Enter') run(() => onOpen(personOf(item).id));
    else if (onRowKey?.(item, event.key)) event.preventDefault();
  };

  return (
    <ul className="ro-list" aria-label={label}>
      {items.map((item, index) => {
        const person = people[index];
        const active = index === cursor;
        return (
          <li
            key={person?.id ?? index}
            ref={(element) => {
              rows.current[index] = element;
            }}
            className="ro-row"
            tabIndex={active ? 0 : -1}
            aria-label={person?.displayName}
            aria-describedby={`${id}-${index}`}
            aria-current={active || undefined}
            onFocus={() => {
              setActiveIndex(index);
              focusedAt.current = index;
            }}
            onKeyDown={(event) => onKeyDown(item, index, event)}
          >
            <span id={`${id}-${index}`} hidden>
              {describe(item)}
            </span>
            {children(item, active)}
          </li>
        );
      })}
    </ul>
  );
}

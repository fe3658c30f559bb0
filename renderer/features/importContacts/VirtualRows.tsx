import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  label: string;
  /** A first guess of a row's height; each row is measured once it is drawn. */
  estimate: (item: T) => number;
  getKey: (item: T) => string;
  /** Returns the row's content; `labelId` is for the element that names it. */
  render: (item: T, labelId: string) => ReactNode;
}

/**
 * A plain list that draws only the rows in view: an import of ten thousand contacts previews as
 * fast as one of ten. Rows keep their own controls (unlike the app's listbox, which has none), so
 * it is a list of list items, each named by its contact and placed with aria-posinset.
 */
export function VirtualRows<T>({ items, label, estimate, getKey, render }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  // The virtualizer hands back fresh positions on every render, which is how this component
  // uses it (the React Compiler does not memoize it, and nothing here relies on that).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index] ? estimate(items[index]) : 56),
    overscan: 6,
    getItemKey: (index) => (items[index] ? getKey(items[index]) : index),
    useFlushSync: false,
  });

  return (
    <div ref={scrollRef} className="import-rows">
      <ul aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (item === undefined) return null;
          const labelId = `${idPrefix}-${virtual.index}`;
          return (
            <li
              key={virtual.key}
              ref={virtualizer.measureElement}
              data-index={virtual.index}
              aria-labelledby={labelId}
              aria-setsize={items.length}
              aria-posinset={virtual.index + 1}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {render(item, labelId)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './lists.css';

interface Props<T> {
  items: readonly T[];
  label: string;
  /** Prefix of the option element ids, unique on the page. */
  idPrefix: string;
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  /** The keyboard cursor, or -1; it is what `aria-selected` marks. */
  activeIndex: number;
  /** The record open in the detail pane, marked so it stays visible when the cursor moves. */
  openKey: string | null;
  onActiveChange: (index: number) => void;
  onOpen: (item: T) => void;
  /** ↑ on the first row: usually back to the search box. */
  onExitTop?: () => void;
  listboxRef?: RefObject<HTMLDivElement | null>;
}

/**
 * A listbox that renders only the rows in view, so ten thousand people scroll like ten. Focus
 * stays on the listbox and `aria-activedescendant` names the active row, because a focused row
 * would be unmounted as soon as it scrolls out of view.
 */
export function VirtualListbox<T>({
  items,
  label,
  idPrefix,
  rowHeight,
  getKey,
  renderRow,
  activeIndex,
  openKey,
  onActiveChange,
  onOpen,
  onExitTop,
  listboxRef,
}: Props<T>) {
  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = listboxRef ?? ownRef;
  // The virtualizer hands back fresh positions on every render, which is how this component
  // uses it (the React Compiler does not memoize it, and nothing here relies on that).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    getItemKey: (index) => (items[index] ? getKey(items[index]) : index),
    useFlushSync: false,
  });

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < items.length) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, items.length, virtualizer]);

  const pageSize = () =>
    Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || items.length === 0) return;
    const last = items.length - 1;
    const from = activeIndex < 0 ? -1 : activeIndex;
    let to: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        to = Math.min(from + 1, last);
        break;
      case 'ArrowUp':
        if (from <= 0 && onExitTop) {
          event.preventDefault();
          onExitTop();
          return;
        }
        to = Math.max(from - 1, 0);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = last;
        break;
      case 'PageDown':
        to = Math.min(Math.max(from, 0) + pageSize(), last);
        break;
      case 'PageUp':
        to = Math.max(from - pageSize(), 0);
        break;
      case 'Enter':
      case ' ': {
        const item = items[from];
        if (item) {
          event.preventDefault();
          onOpen(item);
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    onActiveChange(to);
  };

  const activeItem = items[activeIndex];
  const optionId = (item: T) => `${idPrefix}-${getKey(item)}`;

  return (
    <div
      ref={scrollRef}
      className="vlist"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // Tabbing in puts the cursor on the first row; a click places it itself.
        const byKeyboard = event.currentTarget.matches(':focus-visible');
        if (byKeyboard && activeIndex < 0 && items.length > 0) onActiveChange(0);
      }}
    >
      <div
        role="presentation"
        className="vlist-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          const key = getKey(item);
          return (
            <div
              key={key}
              id={optionId(item)}
              role="option"
              aria-selected={row.index === activeIndex}
              aria-posinset={row.index + 1}
              aria-setsize={items.length}
              className={key === openKey ? 'vlist-row open' : 'vlist-row'}
              style={{ height: rowHeight, transform: `translateY(${row.start}px)` }}
              onClick={() => {
                onActiveChange(row.index);
                onOpen(item);
              }}
            >
              {renderRow(item)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

import { useMemo, useState } from 'react';

interface Cursor {
  id: string | null;
  /** The record open when the cursor was placed: opening another one moves the cursor to it. */
  anchor: string | null;
}

/**
 * The keyboard cursor of a list (what ↑/↓ move and Enter opens). It is kept by id, so it stays on
 * the same row when the list reloads, and it follows the open record until the user moves it.
 */
export function useListCursor(items: readonly { id: string }[], openId: string | null) {
  const [cursor, setCursor] = useState<Cursor>({ id: null, anchor: null });
  const indexById = useMemo(() => new Map(items.map((item, i) => [item.id, i])), [items]);
  const activeId = cursor.anchor === openId ? cursor.id : openId;
  const activeIndex = activeId ? (indexById.get(activeId) ?? -1) : -1;
  const setActiveIndex = (index: number) =>
    setCursor({ id: items[index]?.id ?? null, anchor: openId });
  return [activeIndex, setActiveIndex] as const;
}

import { useEffect, useRef, type RefObject } from 'react';

/** How far ahead of the end the next page is asked for, so scrolling rarely has to wait. */
const AHEAD_PX = 900;

/** The nearest ancestor that scrolls, which is what "near the end" is measured against. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * Whether `element` is now within reach of its scroll parent's visible area. Measured on the spot
 * because the observer's last record can be stale: it may have fired while only the first few
 * cards were drawn, before the rest pushed the sentinel far below.
 */
function isNearNow(element: HTMLElement): boolean {
  const root = scrollParent(element);
  const { top, bottom } = root
    ? root.getBoundingClientRect()
    : { top: 0, bottom: window.innerHeight };
  const box = element.getBoundingClientRect();
  return box.top <= bottom + AHEAD_PX && box.bottom >= top - AHEAD_PX;
}

/**
 * Calls `onNear` when `sentinel` comes within reach of the visible area, and again after each
 * change of `ready` to true while it is still there (a short page that did not fill the screen).
 */
export function useNearEnd(
  sentinel: RefObject<HTMLElement | null>,
  ready: boolean,
  onNear: () => void,
): void {
  const near = useRef(false);
  const callback = useRef(onNear);

  useEffect(() => {
    callback.current = onNear;
  }, [onNear]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (records) => {
        near.current = records.some((record) => record.isIntersecting);
        if (near.current) callback.current();
      },
      { root: scrollParent(element), rootMargin: `${AHEAD_PX}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [sentinel]);

  useEffect(() => {
    const element = sentinel.current;
    if (!ready || !near.current || !element) return;
    near.current = isNearNow(element);
    if (near.current) callback.current();
  }, [ready, sentinel]);
}

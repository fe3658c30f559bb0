import { useEffect, useRef, type RefObject } from 'react';

/** How far ahead of the end the next page is asked for, so scrolling rarely has to wait. */
const AHEAD = '900px';

/** The nearest ancestor that scrolls, which is what "near the end" is measured against. */
function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
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
      { root: scrollParent(element), rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [sentinel]);

  useEffect(() => {
    if (ready && near.current) callback.current();
  }, [ready]);
}

import { useEffect, useRef } from 'react';
import { onInteractionSaved } from '../stores/captureStore';

/**
 * Calls `reload` when the window is shown again (the command line or another window may have
 * written meanwhile) and after an interaction is logged anywhere in the app. Nothing while
 * `enabled` is false: a list that depends on another loading first waits for it.
 */
export function useReloadOnChange(reload: () => void, enabled = true): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  }, [reload]);

  useEffect(() => {
    if (!enabled) return undefined;
    const run = () => latest.current();
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    document.addEventListener('visibilitychange', onVisible);
    const off = onInteractionSaved(run);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      off();
    };
  }, [enabled]);
}

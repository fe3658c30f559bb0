import { useEffect, useRef } from 'react';
import { isTextEntry } from '../../app/ui/keys';
import { useCaptureStore } from '../../stores/captureStore';
import { useUiStore } from '../../stores/uiStore';

interface BriefingKeys {
  step: (days: number) => void;
  today: () => void;
  writeNotes: () => void;
}

/** Whether a key press belongs to something else: typing, a dialog, the palette. */
function belongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return true;
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  if (isTextEntry(event.target)) return true;
  if (useUiStore.getState().paletteOpen || useCaptureStore.getState().isOpen) return true;
  if (event.target instanceof Element && event.target.closest('[role="dialog"], dialog')) {
    return true;
  }
  return document.querySelector('[aria-modal="true"], dialog[open]') !== null;
}

/** The briefing's keys: ← → previous/next day, T today, N notes on the current meeting. */
export function useBriefingKeys(keys: BriefingKeys): void {
  // The latest handlers, without re-adding the listener on every render.
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (belongsElsewhere(event)) return;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => latest.current.step(-1),
        ArrowRight: () => latest.current.step(1),
        t: () => latest.current.today(),
        T: () => latest.current.today(),
        n: () => latest.current.writeNotes(),
        N: () => latest.current.writeNotes(),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

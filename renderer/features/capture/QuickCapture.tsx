import { useEffect } from 'react';
import { useCaptureStore } from '../../stores/captureStore';
import { CaptureDialog } from './CaptureDialog';
import './capture.css';

/**
 * Quick capture: log a call or a note the moment it ends. Mounted once in the app shell and
 * opened with `useCaptureStore.getState().open()`; renders nothing while closed.
 *
 * While mounted it keeps the draft safe: unfinished drafts are fetched at start (so reopening
 * after a reload shows the note at once), and whatever is pending is saved the moment the
 * window loses focus, is hidden or is unloaded.
 */
export function QuickCapture() {
  const isOpen = useCaptureStore((s) => s.isOpen);
  const editing = useCaptureStore((s) => s.editing);

  useEffect(() => {
    const capture = useCaptureStore.getState;
    void capture().loadDrafts();
    const saveNow = () => void capture().saveDraftNow();
    const saveUrgently = () => capture().saveDraftUrgently();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveUrgently();
    };
    window.addEventListener('pagehide', saveUrgently);
    window.addEventListener('blur', saveNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', saveUrgently);
      window.removeEventListener('blur', saveNow);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  // A new dialog for each form, so a question asked about one is never left on another.
  return isOpen ? <CaptureDialog key={editing ?? 'note'} /> : null;
}

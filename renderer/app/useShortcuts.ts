import { useEffect } from 'react';
import { useUiStore } from '../stores/uiStore';
import { hasCommandKey, isTextEntry } from './ui/keys';

/**
 * App-wide keys. The app menu sends the same commands for its accelerators (which then never
 * reach the page), so each command must be safe to run twice.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const ui = useUiStore.getState();
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (hasCommandKey(event) && !event.altKey) {
        if (key === 'k') run(() => ui.setPaletteOpen(true));
        else if (ui.paletteOpen) return;
        else if (key === 'n' && !event.shiftKey) run(() => ui.compose('person'));
        else if (key === 'n' && event.shiftKey) run(() => ui.compose('organization'));
        else if (key === 'f') run(() => ui.focusSearch());
        else if (key === 'b' && !event.shiftKey) run(() => ui.openBriefing());
        else if (key === '1') run(() => ui.openPeople());
        else if (key === '2') run(() => ui.openOrganizations());
        else if (key === '3') run(() => ui.openFollowUps());
        else if (key === '4') run(() => ui.openAgenda());
        else if (key === '5') run(() => ui.openReachOut());
        else if (key === ',') run(() => ui.openSettings());
        else if (key === 'l') run(() => ui.runCommand('quick-capture'));
        else if (key === '[') run(() => ui.back());
        return;
      }
      if (ui.paletteOpen) return;
      if (event.altKey && event.key === 'ArrowLeft' && !isTextEntry(event.target)) {
        run(() => ui.back());
      } else if (
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !isTextEntry(event.target)
      ) {
        run(() => ui.focusSearch());
      }
    };
    // The mouse's back button.
    const onMouse = (event: MouseEvent) => {
      if (event.button === 3) {
        event.preventDefault();
        useUiStore.getState().back();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, []);
}

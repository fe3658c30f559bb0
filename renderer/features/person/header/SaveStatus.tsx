import { usePersonStore } from '../../../stores/personStore';

const TEXT = {
  idle: 'Changes save automatically',
  saving: 'Saving…',
  saved: 'Saved',
  unsaved: 'Some changes are not saved yet',
} as const;

/**
 * A quiet word on saving. Screen readers hear only the state that needs them (something could
 * not be saved), not every "Saving…" while typing.
 */
export function SaveStatus() {
  const state = usePersonStore((s) => s.saveState);
  return (
    <span className={`save-status ${state}`} aria-live={state === 'unsaved' ? 'polite' : 'off'}>
      {TEXT[state]}
    </span>
  );
}

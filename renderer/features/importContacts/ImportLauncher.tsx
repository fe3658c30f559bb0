import { useImportStore } from '../../stores/importStore';

/**
 * The People list's way in to importing: a compact icon button, since the list's header is
 * narrow and its search box needs the room. Named in words for screen readers and on hover.
 */
export function ImportLauncher() {
  return (
    <button
      type="button"
      className="import-launcher"
      aria-label="Import contacts…"
      title="Import contacts from vCard or CSV files"
      onClick={() => useImportStore.getState().start()}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5M2 10.5v2.5a1.5 1.5 0 0 0 1.5 1.5h9a1.5 1.5 0 0 0 1.5-1.5v-2.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  );
}

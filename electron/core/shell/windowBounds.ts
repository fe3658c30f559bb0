export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 720, height: 480 };

/**
 * Where to reopen the window: the saved bounds if they still overlap a display well enough to
 * grab (a monitor may have been unplugged since), otherwise the default size, centred by Electron.
 */
export function restoreBounds(
  saved: unknown,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const fallback = { bounds: { ...DEFAULT_SIZE }, maximized: false };
  if (!isSavedState(saved)) return fallback;
  const { bounds } = saved;
  const width = Math.max(MIN_SIZE.width, Math.round(bounds.width));
  const height = Math.max(MIN_SIZE.height, Math.round(bounds.height));
  const visible = workAreas.some((area) => overlap(area, { ...bounds, width, height }) >= 100 * 50);
  if (!visible) return { bounds: { width, height }, maximized: saved.maximized };
  return {
    bounds: { x: Math.round(bounds.x), y: Math.round(bounds.y), width, height },
    maximized: saved.maximized,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function isSavedState(value: unknown): value is SavedWindowState {
  if (typeof value !== 'object' || value === null) return false;
  const { bounds, maximized } = value as Partial<SavedWindowState>;
  return (
    typeof maximized === 'boolean' &&
    typeof bounds === 'object' &&
    bounds !== null &&
    [bounds.x, bounds.y, bounds.width, bounds.height].every(
      (n) => typeof n === 'number' && Number.isFinite(n),
    )
  );
}

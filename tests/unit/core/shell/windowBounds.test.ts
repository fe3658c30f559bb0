import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, restoreBounds } from '../../../../electron/core/shell/windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };

describe('restoring the window', () => {
  it('reopens where it was when that place is still on a display', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true };
    expect(restoreBounds(saved, [laptop])).toEqual(saved);
  });

  it('keeps the size but lets the system place it when its monitor is gone', () => {
    const saved = { bounds: { x: 3000, y: 80, width: 1000, height: 700 }, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('falls back to the default for a missing or corrupt state file', () => {
    for (const saved of [null, 'garbage', { bounds: { x: 'a' } }, { bounds: null, maximized: 1 }]) {
      expect(restoreBounds(saved, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    }
  });

  it('never restores a window smaller than the minimum', () => {
    const saved = { bounds: { x: 10, y: 10, width: 50, height: 20 }, maximized: false };
    expect(restoreBounds(saved, [laptop]).bounds).toEqual({
      x: 10,
      y: 10,
      width: 720,
      height: 480,
    });
  });
});

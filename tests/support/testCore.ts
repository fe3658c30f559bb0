import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type CoreContext } from '../../electron/core/coreContext';

export function tempDir(prefix = 'farley-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock that moves one second per reading, so "updated later" is always observable. */
export function steppingClock(startIso = '2026-11-23T09:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

export function sequentialIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

/** A real core on a real SQLite file in a fresh folder; call `close()` in afterEach. */
export function openTestCore(): CoreContext & { close: () => void } {
  const temp = tempDir();
  const core = openCore({
    dataDir: temp.dir,
    appVersion: 'test',
    clock: steppingClock(),
    newId: sequentialIds(),
  });
  return {
    ...core,
    close() {
      core.db.close();
      temp.remove();
    },
  };
}

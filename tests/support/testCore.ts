import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type CoreContext } from '../../electron/core/coreContext';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import type { CallInput, CallName, CallOutput } from '../../shared/contract';
import type { Result } from '../../shared/result';

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

/** Calls contract entries through the real dispatcher: `call` throws on an error result. */
export function contractCalls(core: CoreContext) {
  const dispatch = createDispatcher(createHandlers(core));
  const attempt = async <K extends CallName>(name: K, input: CallInput<K>) =>
    (await dispatch(name, input)) as Result<CallOutput<K>>;
  const call = async <K extends CallName>(name: K, input: CallInput<K>) => {
    const result = await attempt(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
    return result.data;
  };
  return { call, attempt };
}

import type { CoreContext } from '../coreContext';
import type { CoreHandlers } from '../rpc/handlers';
import { createBackup, listBackups } from './backupService';
import type { OpenOptions } from './databaseCheck';
import { restoreBackup, undoRestore } from './restore';

/**
 * A restore opens databases of its own, so it needs the SQLite build of the running runtime:
 * Electron's main process passes its `nativeBinding`; Node (tests, CLI, harness) leaves it out.
 */
export function backupHandlers(
  ctx: CoreContext,
  options: OpenOptions = {},
): Pick<
  CoreHandlers,
  'backups.list' | 'backups.create' | 'backups.restore' | 'backups.undoRestore'
> {
  return {
    'backups.list': () => listBackups(ctx),
    'backups.create': () => createBackup(ctx, 'manual'),
    'backups.restore': (input) => restoreBackup(ctx, input.path, options),
    'backups.undoRestore': () => undoRestore(ctx, options),
  };
}

import { powerMonitor } from 'electron';
import { backupIfDue } from '../core/backups/backupService';
import type { CoreContext } from '../core/coreContext';

const HOUR_MS = 60 * 60_000;

export interface DailyBackupControl {
  stop: () => void;
}

/**
 * The automatic daily backup in the Electron shell: whether one is due is the core's decision
 * (backupIfDue, one per local day); this checks at start, every hour (so an app left open across
 * midnight takes the new day's) and when the machine wakes or the screen is unlocked.
 */
export function startDailyBackups(
  core: CoreContext,
  onError: (error: unknown) => void,
): DailyBackupControl {
  // A wake-up and the hourly tick can coincide; a second check while one runs would find no
  // backup for today yet and take another.
  let running = false;
  const check = () => {
    if (running) return;
    running = true;
    void backupIfDue(core)
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(check, HOUR_MS);
  powerMonitor.on('resume', check);
  powerMonitor.on('unlock-screen', check);
  check();
  return {
    stop() {
      clearInterval(timer);
      powerMonitor.off('resume', check);
      powerMonitor.off('unlock-screen', check);
    },
  };
}

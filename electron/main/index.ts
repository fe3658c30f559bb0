import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { backupHandlers } from '../core/backups/backupHandlers';
import { backupBeforeMigration } from '../core/backups/databaseCheck';
import { openCore, type CoreContext } from '../core/coreContext';
import { createHandlers } from '../core/rpc/handlers';
import { createDispatcher, type Dispatch } from '../core/rpc/dispatch';
import { watchSources, type SourceWatcher } from '../core/calendar/watchSources';
import { resolveDataDir } from '../core/paths/userDataDir';
import { installAppMenu } from './appMenu';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { startDailyBackups, type DailyBackupControl } from './backupSchedule';
import { registerIpc } from './ipcBridge';
import { createShellHandlers } from './shellHandlers';
import { lockDownSession } from './lockdown';
import { createMainWindow } from './mainWindow';
import { startMorningNotification, type MorningNotificationControl } from './morningNotification';
import { electronSqliteBinding } from './nativeBinding';

const here = path.dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
let core: CoreContext | null = null;
let calendarWatcher: SourceWatcher | null = null;
let morningNotification: MorningNotificationControl | null = null;
let dailyBackups: DailyBackupControl | null = null;

const dataDir = resolveDataDir(undefined, process.env, () => app.getPath('userData'));
// Electron's own caches and window state follow the data folder, so FARLEY_DATA_DIR isolates fully.
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // Windows shows a process's notifications only under an app id matching the installer's.
  if (process.platform === 'win32') app.setAppUserModelId('app.farley.desktop');
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void calendarWatcher?.close();
    morningNotification?.stop();
    dailyBackups?.stop();
    core?.db.close();
  });
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start(): Promise<void> {
  let nativeBinding: string;
  try {
    nativeBinding = electronSqliteBinding();
    // Before openCore, which migrates: the backup API is asynchronous, opening is not.
    await backupBeforeMigration(dataDir, nativeBinding);
    core = openCore({ dataDir, appVersion: app.getVersion(), nativeBinding });
  } catch (error) {
    // A store that no longer opens is what backups are for: say where they are and how.
    const message = error instanceof Error ? error.message : String(error);
    fatal(
      new Error(
        `${message}\n\nYour backups are in ${path.join(dataDir, 'backups')}. To put one back, run: farley restore <backup file> --data-dir "${dataDir}"`,
      ),
    );
    return;
  }
  lockDownSession();
  serveRenderer(path.join(here, '../renderer'), core);
  const dispatch = createDispatcher(
    {
      ...createHandlers(core),
      // Again with Electron's SQLite build, which a restore needs to open the backup it checks.
      ...backupHandlers(core, { nativeBinding }),
      ...createShellHandlers(() => mainWindow),
    },
    {
      onUnexpectedError: (name, error) => console.error(`[farley] ${name} failed`, error),
    },
  );
  const watcher = watchSources(core, {
    onError: (error) => console.error('[farley] calendar watch', error),
  });
  calendarWatcher = watcher;
  const morning = startMorningNotification(core, { current: () => mainWindow, open: openWindow });
  morningNotification = morning;
  dailyBackups = startDailyBackups(core, (error) => console.error('[farley] daily backup', error));
  // Adding or removing a calendar changes what is watched; a new time or zone moves the
  // morning notification.
  const watchingDispatch: Dispatch = async (name, input) => {
    const result = await dispatch(name, input);
    if (result.ok && (name === 'calendars.add' || name === 'calendars.remove')) watcher.refresh();
    if (result.ok && name === 'notifications.set') morning.onSettingsChanged();
    if (result.ok && name === 'me.set') morning.onTimeZoneChanged();
    // A restore swaps in another database, an import fills an empty one: other calendars to
    // watch, other settings.
    const replacedStore: unknown[] = ['backups.restore', 'backups.undoRestore', 'data.importJson'];
    if (result.ok && replacedStore.includes(name)) {
      watcher.refresh();
      morning.onSettingsChanged();
    }
    return result;
  };
  registerIpc(watchingDispatch, () => mainWindow);
  installAppMenu(() => mainWindow);
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  mainWindow = createMainWindow(path.join(here, '../preload/index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Farley cannot start', message);
  app.exit(1);
}

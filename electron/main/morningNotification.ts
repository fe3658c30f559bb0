import { Notification, powerMonitor, type BrowserWindow } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/contract';
import { briefingForDay } from '../core/briefing/briefingForDay';
import type { CoreContext } from '../core/coreContext';
import { createMorningNotifier, type MorningNotifier } from '../core/notifications/morningNotifier';
import {
  getNotificationSettings,
  readLastHandledDate,
  writeLastHandledDate,
} from '../core/notifications/notificationSettings';
import { getMe } from '../core/settings/meRepository';

export type MorningNotificationControl = Pick<
  MorningNotifier,
  'onSettingsChanged' | 'onTimeZoneChanged' | 'stop'
>;

interface WindowAccess {
  current: () => BrowserWindow | null;
  /** Opens the main window again (closed on macOS, where the app keeps running). */
  open: () => void;
}

/** Brings the window to the front and shows the briefing, once its page can hear the command. */
function openBriefing(appWindow: WindowAccess): void {
  if (!appWindow.current()) appWindow.open();
  const win = appWindow.current();
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  const command: MenuCommand = 'go-briefing';
  const send = () => win.webContents.send(MENU_COMMAND_CHANNEL, command);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}

/**
 * The morning notification in the Electron shell: the scheduling is the core's
 * (morningNotifier.ts); this supplies the real clock, timers, system notifications and the
 * power events. Without notification support on the system it does nothing.
 */
export function startMorningNotification(
  core: CoreContext,
  appWindow: WindowAccess,
): MorningNotificationControl {
  if (!Notification.isSupported()) {
    return {
      onSettingsChanged: () => undefined,
      onTimeZoneChanged: () => undefined,
      stop: () => undefined,
    };
  }
  // Held so the notification is not garbage-collected before it is clicked (its click is lost).
  let latest: Notification | null = null;
  const notifier = createMorningNotifier<ReturnType<typeof setTimeout>>({
    clock: core.clock,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer),
    timeZone: () => getMe(core).timeZone,
    settings: () => getNotificationSettings(core),
    briefingFor: (date, timeZone) => briefingForDay(core, date, timeZone),
    lastHandledDate: {
      read: () => readLastHandledDate(core),
      write: (date) => writeLastHandledDate(core, date),
    },
    show: ({ title, body }) => {
      latest?.close();
      latest = new Notification({ title, body });
      latest.on('click', () => openBriefing(appWindow));
      latest.show();
    },
    onError: (error) => console.error('[farley] morning notification', error),
  });
  const onResume = () => notifier.onResume();
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onResume);
  notifier.start();
  return {
    onSettingsChanged: () => notifier.onSettingsChanged(),
    onTimeZoneChanged: () => notifier.onTimeZoneChanged(),
    stop() {
      powerMonitor.off('resume', onResume);
      powerMonitor.off('unlock-screen', onResume);
      notifier.stop();
      latest = null;
    },
  };
}

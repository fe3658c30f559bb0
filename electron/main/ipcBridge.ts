import { ipcMain, type BrowserWindow, type WebFrameMain } from 'electron';
import { callNames, channelOf } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { Dispatch } from '../core/rpc/dispatch';
import { APP_ORIGIN } from './appProtocol';

/** Only our own window's top frame, showing our own bundle, may call into the core. */
function isTrustedSender(frame: WebFrameMain | null, win: () => BrowserWindow | null): boolean {
  const current = win();
  if (!frame || !current || current.isDestroyed()) return false;
  if (frame !== current.webContents.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function registerIpc(dispatch: Dispatch, win: () => BrowserWindow | null): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) =>
      isTrustedSender(event.senderFrame, win)
        ? dispatch(name, input)
        : fail('forbidden', 'This caller may not use Farley’s data.'),
    );
  }
}

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import { MIN_SIZE, restoreBounds } from '../core/shell/windowBounds';
import { APP_ORIGIN } from './appProtocol';

const STATE_FILE = 'window-state.json';

function readSavedState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), STATE_FILE);
  const restored = restoreBounds(
    readSavedState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...restored.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Farley',
    // Matches the first paint of the page, so no white flash in dark mode (or dark in light).
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1f23' : '#f6f5f2',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (restored.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const save = () => {
    if (win.isDestroyed()) return;
    const state = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      writeFileSync(stateFile, JSON.stringify(state));
    } catch {
      // Losing the window position is not worth interrupting the user for.
    }
  };
  win.on('close', save);

  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

import path from 'node:path';

export const APP_FOLDER = 'Farley';

/**
 * The folder Electron's `app.getPath('userData')` gives Farley on each platform, computed without
 * Electron so the command line finds the same data as the app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}

/** `--data-dir` wins, then FARLEY_DATA_DIR, then the platform's user-data folder. */
export function resolveDataDir(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  fallback: () => string,
): string {
  const chosen = flag ?? (env.FARLEY_DATA_DIR || undefined);
  return chosen ? path.resolve(chosen) : fallback();
}

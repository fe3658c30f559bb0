import { existsSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

/**
 * better-sqlite3 compiled against Electron's ABI lives apart from the Node build in node_modules,
 * so `npm test` (Node) and `npm start` (Electron) never have to rebuild over each other.
 * build/scripts/electronRuntime.mjs builds it in development; electron-builder ships it as a resource.
 */
export function electronSqliteBinding(): string {
  const file = app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(
        app.getAppPath(),
        'node_modules',
        '.farley-native',
        'electron',
        'better_sqlite3.node',
      );
  if (!existsSync(file)) {
    throw new Error(
      `The SQLite module for Electron is missing (${file}). Run "npm start" again to build it.`,
    );
  }
  return file;
}

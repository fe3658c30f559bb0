import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type FarleyDb } from '../../db/openDatabase';

export type Clock = () => Date;

export interface CoreContext {
  db: FarleyDb;
  clock: Clock;
  dataDir: string;
  appVersion: string;
  newId: () => string;
  /** The operating system's time zone (the default for the user's). */
  systemTimeZone: () => string;
}

export interface OpenCoreOptions {
  dataDir: string;
  appVersion: string;
  nativeBinding?: string;
  clock?: Clock;
  newId?: () => string;
  systemTimeZone?: () => string;
}

export const DATABASE_FILE = 'farley.db';

/** Opens (creating if needed) the data folder and its database, migrated to this build. */
export function openCore(options: OpenCoreOptions): CoreContext {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now: clock,
  });
  return {
    db,
    clock,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    newId: options.newId ?? (() => crypto.randomUUID()),
    systemTimeZone:
      options.systemTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  };
}

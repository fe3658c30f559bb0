import type { CoreContext } from '../coreContext';

export function readSetting<T>(ctx: CoreContext, key: string): T | null {
  const value = ctx.db.sqlite
    .prepare('SELECT value FROM settings WHERE key = ?')
    .pluck()
    .get(key) as string | undefined;
  return value === undefined ? null : (JSON.parse(value) as T);
}

export function writeSetting(ctx: CoreContext, key: string, value: unknown): void {
  ctx.db.sqlite
    .prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(key, JSON.stringify(value), ctx.clock().toISOString());
}

import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { CoreContext } from '../coreContext';
import { listSources } from './calendarSources';
import { syncSource } from './calendarSync';

export interface SourceWatcher {
  /** Re-reads the list of sources (after one is added or removed). */
  refresh: () => void;
  close: () => Promise<void>;
}

/**
 * Re-reads a calendar when its file or folder changes. Changes are gathered for `quietMs` so
 * that a sync tool writing a hundred files triggers one read, not a hundred.
 */
export function watchSources(
  ctx: CoreContext,
  options: {
    quietMs?: number;
    onSynced?: (sourceId: string) => void;
    onError?: (error: unknown) => void;
  } = {},
): SourceWatcher {
  const quietMs = options.quietMs ?? 500;
  const watchers = new Map<string, FSWatcher>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const changed = new Map<string, Set<string>>();

  const schedule = (sourceId: string, file: string | null) => {
    const files = changed.get(sourceId) ?? new Set<string>();
    // null: something other than a calendar file changed (a folder), so read the whole source.
    files.add(file ?? '*');
    changed.set(sourceId, files);
    clearTimeout(timers.get(sourceId));
    timers.set(
      sourceId,
      setTimeout(() => {
        timers.delete(sourceId);
        const pending = changed.get(sourceId) ?? new Set<string>();
        changed.delete(sourceId);
        try {
          syncSource(ctx, sourceId, pending.has('*') ? {} : { only: [...pending] });
          options.onSynced?.(sourceId);
        } catch (error) {
          options.onError?.(error);
        }
      }, quietMs),
    );
  };

  const refresh = () => {
    const sources = listSources(ctx);
    const wanted = new Set(sources.map((s) => s.id));
    for (const [id, watcher] of watchers) {
      if (!wanted.has(id)) {
        void watcher.close();
        watchers.delete(id);
      }
    }
    for (const source of sources) {
      if (watchers.has(source.id)) continue;
      const watcher = watch(source.path, {
        ignoreInitial: true,
        ignored: (file) => /(^|[/\\])\.[^/\\]/.test(file.slice(source.path.length)),
        awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
      });
      watcher.on('all', (event, changedPath) => {
        const relative = path.relative(source.path, changedPath).split(path.sep).join('/');
        const isFile =
          source.kind === 'folder' && (event === 'add' || event === 'change' || event === 'unlink');
        schedule(source.id, isFile && relative.toLowerCase().endsWith('.ics') ? relative : null);
      });
      watcher.on('error', (error) => options.onError?.(error));
      watchers.set(source.id, watcher);
    }
  };

  refresh();
  return {
    refresh,
    async close() {
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all([...watchers.values()].map((w) => w.close()));
      watchers.clear();
    },
  };
}

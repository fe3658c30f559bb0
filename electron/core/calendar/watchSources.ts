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

  const schedule = (sourceId: string) => {
    clearTimeout(timers.get(sourceId));
    timers.set(
      sourceId,
      setTimeout(() => {
        timers.delete(sourceId);
        try {
          syncSource(ctx, sourceId);
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
      watcher.on('all', () => schedule(source.id));
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

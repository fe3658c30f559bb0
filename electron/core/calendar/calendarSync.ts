import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { getMe } from '../settings/meRepository';
import { readSetting, writeSetting } from '../settings/settingsRepository';
import { listCalendarFiles, readCalendarFile, sourceKindOf } from './calendarFiles';
import type { ParsedCalendar } from './calendarTypes';
import { groupByUid } from './dayOccurrences';
import { expandSeries, type Occurrence } from './expandEvents';
import { parseIcs } from './parseIcs';
import { addDays } from './wallTime';

/** The span of days the occurrence index covers, as UTC instants. */
export interface CalendarWindow {
  start: number;
  end: number;
}

const WINDOW_KEY = 'calendar.window';
const DAY = 86_400_000;

/**
 * Six months back and a year ahead of today, unless already extended further: enough for every
 * briefing and recent history, and a date outside it is filled in on demand.
 */
export function calendarWindow(ctx: CoreContext): CalendarWindow {
  const now = ctx.clock().getTime();
  const stored = readSetting<CalendarWindow>(ctx, WINDOW_KEY);
  const wanted = { start: now - 183 * DAY, end: now + 366 * DAY };
  return stored && stored.start <= wanted.start + 31 * DAY && stored.end >= wanted.end - 31 * DAY
    ? stored
    : wanted;
}

interface FileRow {
  file: string;
  hash: string;
}

/** Writes a file's occurrences: one event row per distinct event, a light row per instance. */
function insertOccurrences(
  ctx: CoreContext,
  sourceId: string,
  file: string,
  occurrences: Occurrence[],
): void {
  const { sqlite } = ctx.db;
  const insertEvent = sqlite.prepare(
    `INSERT INTO calendar_events (source_id, file, uid, title, location, description, url, organizer, attendees)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOccurrence = sqlite.prepare(
    `INSERT INTO calendar_occurrences (event_id, recurrence_id, all_day, start_at, end_at,
       start_date, end_date, floating, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Instances of one series share their details object, so one event row serves them all.
  const eventIds = new Map<Occurrence['details'], number>();
  for (const o of occurrences) {
    let eventId = eventIds.get(o.details);
    if (eventId === undefined) {
      const d = o.details;
      eventId = Number(
        insertEvent.run(
          sourceId,
          file,
          o.uid,
          d.title,
          d.location,
          d.description,
          d.url,
          d.organizer ? JSON.stringify(d.organizer) : null,
          JSON.stringify(d.attendees),
        ).lastInsertRowid,
      );
      eventIds.set(o.details, eventId);
    }
    insertOccurrence.run(
      eventId,
      o.recurrenceId,
      o.allDay ? 1 : 0,
      o.start,
      o.end,
      o.startDate,
      o.endDate,
      o.floating ? 1 : 0,
      o.status,
    );
  }
}

/** Forgets a file's events (their occurrences go with them). */
function deleteFileEvents(ctx: CoreContext, sourceId: string, file: string): void {
  ctx.db.sqlite
    .prepare('DELETE FROM calendar_events WHERE source_id = ? AND file = ?')
    .run(sourceId, file);
}

export interface SyncOptions {
  /** Re-expand every file even when unchanged (a new window or a new time zone). */
  force?: boolean;
  /**
   * Only these files (relative to the source) changed, as a watcher reports them: the rest of
   * a large folder is not even listed.
   */
  only?: string[];
}

/**
 * Re-reads a source. Unchanged files are skipped by content hash; a changed file's occurrences
 * are replaced; a file gone takes its events with it. A file that cannot be read keeps its last
 * good copy and records the error. All of it lands in one transaction.
 */
export function syncSource(ctx: CoreContext, sourceId: string, options: SyncOptions = {}): void {
  const { sqlite } = ctx.db;
  const source = sqlite
    .prepare('SELECT id, kind, path FROM calendar_sources WHERE id = ?')
    .get(sourceId) as { id: string; kind: 'file' | 'folder'; path: string } | undefined;
  if (!source) throw new DomainError('not_found', 'This calendar does not exist (any more).');
  const at = ctx.clock().toISOString();

  let files: string[];
  try {
    files =
      options.only && source.kind === 'folder'
        ? options.only.filter((file) => existsSync(path.join(source.path, file)))
        : listCalendarFiles(source.path, source.kind);
  } catch (error) {
    sqlite
      .prepare('UPDATE calendar_sources SET error = ?, last_read_at = ? WHERE id = ?')
      .run(
        `${source.path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        at,
        sourceId,
      );
    return;
  }
  const known = new Map(
    (
      sqlite
        .prepare('SELECT file, hash FROM calendar_files WHERE source_id = ?')
        .all(sourceId) as FileRow[]
    ).map((r) => [r.file, r.hash]),
  );
  const window = calendarWindow(ctx);
  const userZone = getMe(ctx).timeZone;

  // Parsing happens before the transaction; only the writes hold the database.
  const updates: {
    file: string;
    hash: string;
    parsed?: ParsedCalendar;
    events?: number;
    error?: string;
    warnings?: string[];
  }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readCalendarFile(source.path, file);
    } catch (error) {
      updates.push({
        file,
        hash: known.get(file) ?? '',
        error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    const hash = createHash('sha1').update(text).digest('hex');
    if (!options.force && known.get(file) === hash) continue;
    try {
      const parsed = parseIcs(text);
      updates.push({
        file,
        hash,
        parsed,
        events: new Set(parsed.events.map((e) => e.uid)).size,
        warnings: parsed.warnings,
      });
    } catch (error) {
      updates.push({ file, hash: known.get(file) ?? '', error: (error as Error).message });
    }
  }
  const present = new Set(files);
  const candidates = options.only && source.kind === 'folder' ? options.only : [...known.keys()];
  const gone = candidates.filter((file) => known.has(file) && !present.has(file));

  sqlite.transaction(() => {
    for (const update of updates) {
      if (update.parsed) {
        deleteFileEvents(ctx, sourceId, update.file);
        // Expanded and written one event at a time: a large file never has all of its
        // occurrences in memory, and one event that cannot be expanded does not stop the rest.
        const expand = {
          userZone,
          timezones: update.parsed.timezones,
          windowStart: window.start,
          windowEnd: window.end,
        };
        for (const group of groupByUid(update.parsed.events)) {
          try {
            insertOccurrences(ctx, sourceId, update.file, expandSeries(group, expand));
          } catch (error) {
            const first = group[0];
            update.warnings = [
              ...(update.warnings ?? []),
              `line ${first?.line ?? 0}: event "${first?.title || first?.uid}" could not be expanded (${(error as Error).message})`,
            ];
          }
        }
      }
      sqlite
        .prepare(
          `INSERT INTO calendar_files (source_id, file, hash, event_count, error, warnings, read_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (source_id, file) DO UPDATE SET
             hash = CASE WHEN excluded.error IS NULL THEN excluded.hash ELSE calendar_files.hash END,
             event_count = CASE WHEN excluded.error IS NULL THEN excluded.event_count ELSE calendar_files.event_count END,
             error = excluded.error, warnings = excluded.warnings, read_at = excluded.read_at`,
        )
        .run(
          sourceId,
          update.file,
          update.hash,
          update.events ?? 0,
          update.error ?? null,
          JSON.stringify(update.warnings ?? []),
          at,
        );
    }
    for (const file of gone) {
      deleteFileEvents(ctx, sourceId, file);
      sqlite
        .prepare('DELETE FROM calendar_files WHERE source_id = ? AND file = ?')
        .run(sourceId, file);
    }
    sqlite
      .prepare('UPDATE calendar_sources SET error = NULL, last_read_at = ? WHERE id = ?')
      .run(at, sourceId);
    writeSetting(ctx, WINDOW_KEY, window);
  })();
}

export function addSource(ctx: CoreContext, rawPath: string): string {
  const resolved = path.resolve(rawPath);
  let kind: 'file' | 'folder';
  try {
    kind = sourceKindOf(resolved);
  } catch {
    throw new DomainError('not_found', `${resolved} does not exist.`, [
      { path: 'path', message: 'No such file or folder' },
    ]);
  }
  if (kind === 'file' && !/\.(ics|ical|ifb|icalendar)$/i.test(resolved)) {
    throw new DomainError(
      'invalid_input',
      `${path.basename(resolved)} is not an .ics calendar file.`,
      [{ path: 'path', message: 'Choose an .ics file or a folder' }],
    );
  }
  const existing = ctx.db.sqlite
    .prepare('SELECT id FROM calendar_sources WHERE path = ?')
    .pluck()
    .get(resolved) as string | undefined;
  if (existing) return existing;
  const id = ctx.newId();
  ctx.db.sqlite
    .prepare('INSERT INTO calendar_sources (id, kind, path, name, added_at) VALUES (?, ?, ?, ?, ?)')
    .run(
      id,
      kind,
      resolved,
      path.basename(resolved).replace(/\.ics$/i, ''),
      ctx.clock().toISOString(),
    );
  syncSource(ctx, id);
  return id;
}

/** Makes sure the index covers a date, re-expanding every source when it does not. */
export function ensureWindowCovers(ctx: CoreContext, date: string): void {
  const window = readSetting<CalendarWindow>(ctx, WINDOW_KEY);
  const day = Date.parse(`${date}T00:00:00Z`);
  if (!window || (day - 2 * DAY >= window.start && day + 2 * DAY < window.end)) return;
  const wider = {
    start: Math.min(window.start, Date.parse(`${addDays(date, -31)}T00:00:00Z`)),
    end: Math.max(window.end, Date.parse(`${addDays(date, 31)}T00:00:00Z`)),
  };
  writeSetting(ctx, WINDOW_KEY, wider);
  const ids = ctx.db.sqlite.prepare('SELECT id FROM calendar_sources').pluck().all() as string[];
  for (const id of ids) syncSource(ctx, id, { force: true });
}

import type { PrepNote, PreviousInSeries } from '../../../shared/domain/briefing';
import type { EventLink, InteractionKind } from '../../../shared/domain/interaction';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { isoInZone } from '../calendar/wallTime';

/** What the user wrote around one occurrence: prep notes before it, notes logged after. */
export interface MeetingNotes {
  prepNotes: string;
  loggedInteractionId: string | null;
  previousInSeries: PreviousInSeries | null;
}

/** Reads the notes around each occurrence, prepared once per briefing. */
export function meetingNotesReader(ctx: CoreContext, timeZone: string) {
  const { sqlite } = ctx.db;
  const prep = sqlite
    .prepare(
      'SELECT body FROM meeting_prep_notes WHERE source_id = ? AND uid = ? AND recurrence_id = ?',
    )
    .pluck();
  const logged = sqlite
    .prepare(
      `SELECT id FROM interactions
        WHERE event_uid = ? AND event_recurrence_id = ? AND event_source = ?
        ORDER BY occurred_at DESC, id LIMIT 1`,
    )
    .pluck();
  // Recurrence ids of one series share a format (UTC ISO instants, or dates), so they sort.
  const previous = sqlite.prepare(
    `SELECT id, kind, occurred_at AS occurredAt, title, body, event_recurrence_id AS recurrenceId
       FROM interactions
      WHERE event_uid = ? AND event_source = ? AND event_recurrence_id <> ''
        AND event_recurrence_id < ?
      ORDER BY event_recurrence_id DESC, occurred_at DESC LIMIT 1`,
  );
  return (event: EventLink): MeetingNotes => {
    const before = event.recurrenceId
      ? (previous.get(event.uid, event.source, event.recurrenceId) as
          | {
              id: string;
              kind: InteractionKind;
              occurredAt: string;
              title: string;
              body: string;
              recurrenceId: string;
            }
          | undefined)
      : undefined;
    return {
      prepNotes:
        (prep.get(event.source, event.uid, event.recurrenceId) as string | undefined) ?? '',
      loggedInteractionId:
        (logged.get(event.uid, event.recurrenceId, event.source) as string | undefined) ?? null,
      previousInSeries: before
        ? {
            start: /^\d{4}-\d{2}-\d{2}$/.test(before.recurrenceId)
              ? before.recurrenceId
              : isoInZone(Date.parse(before.recurrenceId), timeZone),
            interaction: {
              id: before.id,
              kind: before.kind,
              occurredAt: before.occurredAt,
              title: before.title,
              body: before.body,
            },
          }
        : null,
    };
  };
}

/**
 * Keeps the user's talking points for one occurrence; empty text removes them. The calendar
 * must still exist (the notes go with it when it is removed).
 */
export function savePrepNote(ctx: CoreContext, event: EventLink, body: string): PrepNote {
  const { sqlite } = ctx.db;
  const updatedAt = ctx.clock().toISOString();
  sqlite.transaction(() => {
    const source = sqlite
      .prepare('SELECT id FROM calendar_sources WHERE id = ?')
      .pluck()
      .get(event.source);
    if (!source) throw new DomainError('not_found', 'This meeting’s calendar was removed.');
    if (body.trim() === '') {
      sqlite
        .prepare(
          'DELETE FROM meeting_prep_notes WHERE source_id = ? AND uid = ? AND recurrence_id = ?',
        )
        .run(event.source, event.uid, event.recurrenceId);
      return;
    }
    sqlite
      .prepare(
        `INSERT INTO meeting_prep_notes (source_id, uid, recurrence_id, body, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (source_id, uid, recurrence_id)
         DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(event.source, event.uid, event.recurrenceId, body, updatedAt);
  })();
  return { event, body: body.trim() === '' ? '' : body, updatedAt };
}

import type { ParsedInput } from '../../../shared/contract';
import type { TimelineItem } from '../../../shared/domain/interaction';
import type { CoreContext } from '../coreContext';
import { lastContactedAt, requirePersonRow } from '../people/personReader';
import { followUpsFromRows } from './followUpRepository';
import { INTERACTION_SELECT, interactionsFromRows } from './interactionRepository';

/** Next occurrence, on or after `today`, of a day of the year (29 Feb falls on 28 Feb). */
export function nextOccurrence(month: number, day: number, today: string): string {
  const year = Number(today.slice(0, 4));
  const fit = (y: number) => {
    const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
    return `${y}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  };
  const thisYear = fit(year);
  return thisYear >= today ? thisYear : fit(year + 1);
}

const CURSOR = /^(.+)\|([0-9a-f-]{36})$/;

/**
 * A person's timeline, newest first: interactions they were part of, follow-ups with them that
 * are not already shown inside an interaction, and the next occurrence of their important
 * dates (first page only). Paged by a cursor of (time, id), so equal times never skip an item.
 */
export function timelineForPerson(
  ctx: CoreContext,
  input: ParsedInput<'timeline.forPerson'>,
): { items: TimelineItem[]; nextBefore: string | null; lastContacted: string | null } {
  requirePersonRow(ctx, input.personId);
  const cursor = input.before ? CURSOR.exec(input.before) : null;
  const [beforeAt, beforeId] = cursor ? [cursor[1] ?? '', cursor[2] ?? ''] : ['9999', ''];
  const fetch = input.limit + 1;
  const { sqlite } = ctx.db;

  const interactionRows = sqlite
    .prepare(
      `${INTERACTION_SELECT} JOIN interaction_participants ip ON ip.interaction_id = i.id
        WHERE ip.person_id = ?
          AND (ip.occurred_at < ? OR (ip.occurred_at = ? AND i.id < ?))
        ORDER BY ip.occurred_at DESC, i.id DESC LIMIT ?`,
    )
    .all(input.personId, beforeAt, beforeAt, beforeId, fetch) as Parameters<
    typeof interactionsFromRows
  >[1];
  const followUpRows = sqlite
    .prepare(
      `SELECT f.id, f.title, f.due_on AS dueOn, f.done_at AS doneAt, f.interaction_id AS interactionId,
              f.created_at AS createdAt, coalesce(f.due_on, f.created_at) AS at
         FROM follow_ups f JOIN follow_up_people fp ON fp.follow_up_id = f.id
        WHERE fp.person_id = ? AND f.interaction_id IS NULL
          AND (coalesce(f.due_on, f.created_at) < ? OR (coalesce(f.due_on, f.created_at) = ? AND f.id < ?))
        ORDER BY at DESC, f.id DESC LIMIT ?`,
    )
    .all(input.personId, beforeAt, beforeAt, beforeId, fetch) as (Parameters<
    typeof followUpsFromRows
  >[1][number] & {
    at: string;
  })[];

  const merged: (TimelineItem & { key: string })[] = [
    ...interactionsFromRows(ctx, interactionRows).map((interaction) => ({
      type: 'interaction' as const,
      at: interaction.occurredAt,
      interaction,
      key: `${interaction.occurredAt}|${interaction.id}`,
    })),
    ...followUpsFromRows(ctx, followUpRows).map((followUp, i) => ({
      type: 'followUp' as const,
      at: followUpRows[i]?.at ?? followUp.createdAt,
      followUp,
      key: `${followUpRows[i]?.at ?? followUp.createdAt}|${followUp.id}`,
    })),
  ].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));

  const page = merged.slice(0, input.limit);
  const more = merged.length > input.limit;
  const items: TimelineItem[] = page.map(({ key: _key, ...item }) => item);
  if (!input.before) {
    const stored = sqlite
      .prepare(
        'SELECT kind, label, month, day FROM person_dates WHERE person_id = ? ORDER BY position',
      )
      .all(input.personId) as { kind: string; label: string; month: number; day: number }[];
    const dates: TimelineItem[] = stored.map((d) => {
      const on = nextOccurrence(d.month, d.day, input.today);
      const label =
        d.kind === 'custom' ? d.label : d.kind === 'birthday' ? 'Birthday' : 'Anniversary';
      return { type: 'date', at: on, label, date: on };
    });
    items.unshift(...dates.sort((a, b) => b.at.localeCompare(a.at)));
  }
  return {
    items,
    nextBefore: more ? (page.at(-1)?.key ?? null) : null,
    lastContacted: lastContactedAt(ctx, input.personId),
  };
}

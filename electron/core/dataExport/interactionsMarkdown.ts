import { rmSync } from 'node:fs';
import path from 'node:path';
import { plainMentions } from '../../../shared/capture/parseNote';
import type { Interaction } from '../../../shared/domain/interaction';
import { dateString, instantToWall, isoInZone } from '../calendar/wallTime';
import type { CoreContext } from '../coreContext';
import { INTERACTION_SELECT, interactionsFromRows } from '../interactions/interactionRepository';
import { getMe } from '../settings/meRepository';
import { frontMatter } from './yamlFrontMatter';
import { prepareEmptyFolder, writeFileAtomic } from './writeFiles';

/** Lower-case ASCII words joined by dashes: safe as a file name on every platform. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * `YYYY-MM-DD-<slug>-<short id>.md`, the date in the user's time zone (the day they would say it
 * happened). The short id is the end of the id: the start of ours can be shared by many.
 */
export function markdownFileName(interaction: Interaction, timeZone: string): string {
  const day = dateString(instantToWall(Date.parse(interaction.occurredAt), timeZone));
  const slug = slugOf(interaction.title) || slugOf(interaction.kind);
  return `${day}-${slug}-${interaction.id.replaceAll('-', '').slice(-8)}.md`;
}

/** One interaction as a Markdown note: YAML front matter, then the note with plain @mentions. */
export function interactionMarkdown(interaction: Interaction, timeZone: string): string {
  const header = frontMatter([
    ['id', interaction.id],
    ['kind', interaction.kind],
    ['date', isoInZone(Date.parse(interaction.occurredAt), timeZone)],
    ['duration', interaction.durationMinutes],
    ['title', interaction.title],
    ['location', interaction.location],
    ['participants', interaction.participants.map((p) => p.displayName)],
    ['participant_ids', interaction.participants.map((p) => p.id)],
    [
      'follow_ups',
      interaction.followUps.map((f) => ({ title: f.title, due: f.dueOn, done: f.doneAt !== null })),
    ],
    [
      'event',
      interaction.event
        ? {
            calendar_id: interaction.event.source,
            uid: interaction.event.uid,
            recurrence_id: interaction.event.recurrenceId,
          }
        : null,
    ],
  ]);
  const body = plainMentions(interaction.body).trimEnd();
  return body ? `${header}\n${body}\n` : header;
}

/**
 * Every interaction as a Markdown file in `folder`, for a notes app (Obsidian and the like).
 * Deleted interactions (in the trash) are not exported. The folder must be new or empty; when
 * a file cannot be written, the ones already written are taken away again.
 */
export function exportInteractionsMarkdown(ctx: CoreContext, folder: string): number {
  const created = prepareEmptyFolder(folder);
  const timeZone = getMe(ctx).timeZone;
  const rows = ctx.db.sqlite
    .prepare(`${INTERACTION_SELECT} ORDER BY i.occurred_at, i.id`)
    .all() as Parameters<typeof interactionsFromRows>[1];
  const written = new Set<string>();
  try {
    // Participants and follow-ups are fetched for a page of rows at a time, by one query each.
    for (let start = 0; start < rows.length; start += 500) {
      for (const interaction of interactionsFromRows(ctx, rows.slice(start, start + 500))) {
        let name = markdownFileName(interaction, timeZone);
        // Two notes of one day with one title and ids ending alike: the full id tells them apart.
        if (written.has(name)) name = name.replace(/-[0-9a-f]{8}\.md$/, `-${interaction.id}.md`);
        writeFileAtomic(path.join(folder, name), interactionMarkdown(interaction, timeZone));
        written.add(name);
      }
    }
  } catch (error) {
    for (const name of written) rmSync(path.join(folder, name), { force: true });
    if (created) rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return written.size;
}

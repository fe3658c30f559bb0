import type { ParsedInput } from '../../../shared/contract';
import type { Tag, TagColor, TagWithUsage } from '../../../shared/domain/tag';
import { TAG_COLORS } from '../../../shared/domain/tag';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';

export function tagKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** A new tag's colour: stable per name, so re-creating a tag brings back the same colour. */
function colorFor(name: string): TagColor {
  let hash = 0;
  for (const char of tagKey(name)) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return TAG_COLORS[1 + (hash % (TAG_COLORS.length - 1))] ?? 'gray';
}

/** Ids of the named tags, creating the missing ones (case-insensitively unique). */
export function ensureTags(ctx: CoreContext, names: string[]): string[] {
  const { sqlite } = ctx.db;
  const find = sqlite.prepare('SELECT id FROM tags WHERE name_key = ?').pluck();
  const insert = sqlite.prepare('INSERT INTO tags (id, name, name_key, color) VALUES (?, ?, ?, ?)');
  const ids: string[] = [];
  for (const name of names) {
    const key = tagKey(name);
    let id = find.get(key) as string | undefined;
    if (!id) {
      id = ctx.newId();
      insert.run(id, name.trim(), key, colorFor(name));
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const TAGGINGS = {
  person: { table: 'person_tags', owner: 'person_id' },
  organization: { table: 'organization_tags', owner: 'organization_id' },
} as const;

/** Tags per person or organization; `null` ids means all of them (cheaper than a huge IN list). */
function tagsOf(
  ctx: CoreContext,
  kind: keyof typeof TAGGINGS,
  ids: string[] | null,
): Map<string, Tag[]> {
  const { table, owner } = TAGGINGS[kind];
  const filter = ids ? `WHERE x.${owner} IN (SELECT value FROM json_each(?))` : '';
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT x.${owner} AS owner, t.id, t.name, t.color, t.cadence
         FROM ${table} x JOIN tags t ON t.id = x.tag_id ${filter}
        ORDER BY t.name_key`,
    )
    .all(...(ids ? [JSON.stringify(ids)] : [])) as (Tag & { owner: string })[];
  return groupTags(rows);
}

export function tagsOfPeople(ctx: CoreContext, ids: string[] | null): Map<string, Tag[]> {
  return tagsOf(ctx, 'person', ids);
}

export function tagsOfOrganizations(ctx: CoreContext, ids: string[] | null): Map<string, Tag[]> {
  return tagsOf(ctx, 'organization', ids);
}

function groupTags(rows: (Tag & { owner: string })[]): Map<string, Tag[]> {
  const map = new Map<string, Tag[]>();
  for (const { owner, ...tag } of rows) {
    const list = map.get(owner);
    if (list) list.push(tag);
    else map.set(owner, [tag]);
  }
  return map;
}

export function listTags(ctx: CoreContext): TagWithUsage[] {
  return ctx.db.sqlite
    .prepare(
      `SELECT t.id, t.name, t.color, t.cadence,
              (SELECT count(*) FROM person_tags pt JOIN people p ON p.id = pt.person_id
                WHERE pt.tag_id = t.id AND p.archived_at IS NULL) AS people,
              (SELECT count(*) FROM organization_tags ot WHERE ot.tag_id = t.id) AS organizations
         FROM tags t ORDER BY t.name_key`,
    )
    .all() as TagWithUsage[];
}

/** People and organizations carrying a tag: their search entries mention its name. */
export function taggedEntities(
  ctx: CoreContext,
  tagId: string,
): { people: string[]; organizations: string[] } {
  const { sqlite } = ctx.db;
  return {
    people: sqlite
      .prepare('SELECT person_id FROM person_tags WHERE tag_id = ?')
      .pluck()
      .all(tagId) as string[],
    organizations: sqlite
      .prepare('SELECT organization_id FROM organization_tags WHERE tag_id = ?')
      .pluck()
      .all(tagId) as string[],
  };
}

export function requireTag(ctx: CoreContext, id: string): TagWithUsage {
  const tag = listTags(ctx).find((t) => t.id === id);
  if (!tag) throw new DomainError('not_found', 'This tag does not exist (any more).');
  return tag;
}

export function renameOrRecolorTag(ctx: CoreContext, input: ParsedInput<'tags.update'>): void {
  const { sqlite } = ctx.db;
  requireTag(ctx, input.id);
  if (input.name !== undefined) {
    const clash = sqlite
      .prepare('SELECT name FROM tags WHERE name_key = ? AND id <> ?')
      .pluck()
      .get(tagKey(input.name), input.id) as string | undefined;
    if (clash) {
      throw new DomainError('conflict', `There is already a tag named “${clash}”.`, [
        { path: 'name', message: 'A tag with this name exists' },
      ]);
    }
    sqlite
      .prepare('UPDATE tags SET name = ?, name_key = ? WHERE id = ?')
      .run(input.name, tagKey(input.name), input.id);
  }
  if (input.color !== undefined) {
    sqlite.prepare('UPDATE tags SET color = ? WHERE id = ?').run(input.color, input.id);
  }
}

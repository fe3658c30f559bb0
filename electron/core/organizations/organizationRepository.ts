import type { ParsedInput } from '../../../shared/contract';
import type { Organization, OrganizationSummary } from '../../../shared/domain/organization';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { reindexPeopleOfOrganization } from '../people/personSearch';
import { bodyOf, writeSearchDocument } from '../search/searchIndex';
import { matchingIds } from '../search/searchQuery';
import { ensureTags, tagsOfOrganizations } from '../tags/tagRepository';

export function organizationKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

interface OrganizationRow {
  id: string;
  name: string;
  industry: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

function requireRow(ctx: CoreContext, id: string): OrganizationRow {
  const row = ctx.db.sqlite
    .prepare(
      `SELECT id, name, industry, notes, created_at AS createdAt, updated_at AS updatedAt,
              archived_at AS archivedAt FROM organizations WHERE id = ?`,
    )
    .get(id) as OrganizationRow | undefined;
  if (!row) throw new DomainError('not_found', 'This organization does not exist (any more).');
  return row;
}

function domainsOf(ctx: CoreContext, id: string): string[] {
  return ctx.db.sqlite
    .prepare('SELECT domain FROM organization_domains WHERE organization_id = ? ORDER BY rowid')
    .pluck()
    .all(id) as string[];
}

function assertNameFree(ctx: CoreContext, name: string, self: string | null, path: string): void {
  const clash = ctx.db.sqlite
    .prepare('SELECT name FROM organizations WHERE name_key = ? AND id IS NOT ?')
    .pluck()
    .get(organizationKey(name), self) as string | undefined;
  if (clash) {
    throw new DomainError('conflict', `There is already an organization named “${clash}”.`, [
      { path, message: 'An organization with this name exists' },
    ]);
  }
}

function replaceDomains(ctx: CoreContext, id: string, domains: string[], pathPrefix: string): void {
  const { sqlite } = ctx.db;
  const owner = sqlite.prepare(
    `SELECT o.name FROM organization_domains d JOIN organizations o ON o.id = d.organization_id
      WHERE d.domain = ? AND o.id <> ?`,
  );
  domains.forEach((domain, i) => {
    const clash = owner.pluck().get(domain, id) as string | undefined;
    if (clash) {
      throw new DomainError('conflict', `${domain} already belongs to ${clash}.`, [
        { path: `${pathPrefix}.${i}`, message: `Already used by ${clash}` },
      ]);
    }
  });
  sqlite.prepare('DELETE FROM organization_domains WHERE organization_id = ?').run(id);
  const insert = sqlite.prepare(
    'INSERT INTO organization_domains (id, organization_id, domain) VALUES (?, ?, ?)',
  );
  for (const domain of domains) insert.run(ctx.newId(), id, domain);
}

export function reindexOrganization(ctx: CoreContext, id: string): void {
  const row = requireRow(ctx, id);
  const domains = domainsOf(ctx, id);
  const tags = tagsOfOrganizations(ctx, [id]).get(id) ?? [];
  writeSearchDocument(ctx.db.sqlite, 'organization', id, {
    title: row.name,
    subtitle: [row.industry, domains[0]].filter(Boolean).join(' · '),
    body: bodyOf([...domains, row.industry, ...tags.map((t) => t.name), row.notes]),
  });
}

/** The organization with this name (any case), created when there is none. */
export function findOrCreateOrganization(ctx: CoreContext, name: string, path: string): string {
  const trimmed = name.trim();
  if (!trimmed) {
    throw new DomainError('invalid_input', 'Choose an organization', [
      { path, message: 'Choose an organization' },
    ]);
  }
  const { sqlite } = ctx.db;
  const existing = sqlite
    .prepare('SELECT id FROM organizations WHERE name_key = ?')
    .pluck()
    .get(organizationKey(trimmed)) as string | undefined;
  if (existing) return existing;
  const id = ctx.newId();
  const at = ctx.clock().toISOString();
  sqlite
    .prepare(
      'INSERT INTO organizations (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(id, trimmed, organizationKey(trimmed), at, at);
  reindexOrganization(ctx, id);
  return id;
}

export function getOrganization(ctx: CoreContext, id: string): Organization {
  const row = requireRow(ctx, id);
  const members = ctx.db.sqlite
    .prepare(
      `SELECT p.id AS personId, p.display_name AS displayName, pr.title, pr.start_date AS startDate,
              pr.end_date AS endDate, pr.is_current AS current
         FROM person_roles pr JOIN people p ON p.id = pr.person_id
        WHERE pr.organization_id = ? AND p.archived_at IS NULL
        ORDER BY pr.is_current DESC, coalesce(pr.end_date, '9999') DESC, p.display_name COLLATE NOCASE`,
    )
    .all(id) as (Organization['members'][number] & { current: number | boolean })[];
  return {
    ...row,
    domains: domainsOf(ctx, id),
    tags: tagsOfOrganizations(ctx, [id]).get(id) ?? [],
    members: members.map((m) => ({ ...m, current: Boolean(m.current) })),
  };
}

export function listOrganizations(
  ctx: CoreContext,
  input: ParsedInput<'organizations.list'>,
): OrganizationSummary[] {
  const ids = input.query?.trim() ? matchingIds(ctx, 'organization', input.query) : null;
  if (ids && ids.length === 0) return [];
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT o.id, o.name, o.industry,
              (SELECT count(DISTINCT pr.person_id) FROM person_roles pr JOIN people p ON p.id = pr.person_id
                WHERE pr.organization_id = o.id AND pr.is_current = 1 AND p.archived_at IS NULL) AS currentPeople,
              (SELECT json_group_array(domain) FROM organization_domains d WHERE d.organization_id = o.id) AS domains
         FROM organizations o
        WHERE o.archived_at IS NULL ${ids ? 'AND o.id IN (SELECT value FROM json_each(?))' : ''}
        ORDER BY o.name_key`,
    )
    .all(...(ids ? [JSON.stringify(ids)] : [])) as (Omit<
    OrganizationSummary,
    'domains' | 'tags'
  > & {
    domains: string;
  })[];
  const tags = tagsOfOrganizations(ctx, null);
  return rows.map((r) => ({
    ...r,
    domains: JSON.parse(r.domains) as string[],
    tags: tags.get(r.id) ?? [],
  }));
}

export function createOrganization(
  ctx: CoreContext,
  input: ParsedInput<'organizations.create'>,
): Organization {
  const { sqlite } = ctx.db;
  return sqlite.transaction(() => {
    assertNameFree(ctx, input.name, null, 'name');
    const id = ctx.newId();
    const at = ctx.clock().toISOString();
    sqlite
      .prepare(
        `INSERT INTO organizations (id, name, name_key, industry, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.name, organizationKey(input.name), input.industry, input.notes, at, at);
    replaceDomains(ctx, id, input.domains, 'domains');
    reindexOrganization(ctx, id);
    return getOrganization(ctx, id);
  })();
}

export function updateOrganization(
  ctx: CoreContext,
  input: ParsedInput<'organizations.update'>,
): Organization {
  const { sqlite } = ctx.db;
  const { id, patch } = input;
  return sqlite.transaction(() => {
    const before = requireRow(ctx, id);
    const sets: string[] = ['updated_at = ?'];
    const values: unknown[] = [ctx.clock().toISOString()];
    if (patch.name !== undefined) {
      assertNameFree(ctx, patch.name, id, 'patch.name');
      sets.push('name = ?', 'name_key = ?');
      values.push(patch.name, organizationKey(patch.name));
    }
    if (patch.industry !== undefined) {
      sets.push('industry = ?');
      values.push(patch.industry);
    }
    if (patch.notes !== undefined) {
      sets.push('notes = ?');
      values.push(patch.notes);
    }
    sqlite.prepare(`UPDATE organizations SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
    if (patch.domains) replaceDomains(ctx, id, patch.domains, 'patch.domains');
    if (patch.tags) {
      sqlite.prepare('DELETE FROM organization_tags WHERE organization_id = ?').run(id);
      const insert = sqlite.prepare(
        'INSERT INTO organization_tags (organization_id, tag_id) VALUES (?, ?)',
      );
      for (const tagId of ensureTags(ctx, patch.tags)) insert.run(id, tagId);
    }
    reindexOrganization(ctx, id);
    if (patch.name !== undefined && patch.name !== before.name)
      reindexPeopleOfOrganization(ctx, id);
    return getOrganization(ctx, id);
  })();
}

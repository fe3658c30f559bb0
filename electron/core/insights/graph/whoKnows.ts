import type { WhoKnowsResult } from '../../../../shared/domain/insights';
import type { CoreContext } from '../../coreContext';
import { DomainError } from '../../domainError';
import { knownWorld } from './graphCache';
import { searchIntroPaths } from './pathSearch';

/** Below this warmth a person is cold: worth showing who could introduce you. */
export const COLD_BELOW = 30;

interface Organization {
  id: string;
  name: string;
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * The people at an organization, found by its name (exactly, any case; else a unique prefix)
 * or by an email domain ("initech.com", "eng.initech.com", "dana@initech.com"): everyone with a
 * role there or an address at its domains, current roles first, then the warmest.
 */
export function whoKnows(ctx: CoreContext, text: string): WhoKnowsResult {
  const wanted = text.trim().toLowerCase();
  const exact = organizationsWhere(ctx, 'name_key = ?', wanted);
  if (exact[0]) return peopleAt(ctx, exact[0], domainsOf(ctx, exact[0].id));
  const domain = wanted.includes('@') ? wanted.slice(wanted.lastIndexOf('@') + 1) : wanted;
  if (DOMAIN.test(domain)) {
    const owner = ownerOfDomain(ctx, domain);
    return owner ? peopleAt(ctx, owner, domainsOf(ctx, owner.id)) : peopleAt(ctx, null, [domain]);
  }
  const prefixed = organizationsWhere(ctx, "name_key LIKE ? ESCAPE '\\'", `${escapeLike(wanted)}%`);
  if (prefixed.length > 1) {
    const names = prefixed.slice(0, 5).map((o) => o.name);
    throw new DomainError(
      'invalid_input',
      `"${text.trim()}" could be several organizations: ${names.join(', ')}. Type more of the name.`,
    );
  }
  if (!prefixed[0]) {
    throw new DomainError(
      'not_found',
      `No organization is called "${text.trim()}". Give its name or an email domain such as initech.com.`,
    );
  }
  return peopleAt(ctx, prefixed[0], domainsOf(ctx, prefixed[0].id));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function organizationsWhere(ctx: CoreContext, condition: string, value: string): Organization[] {
  return ctx.db.sqlite
    .prepare(
      `SELECT id, name FROM organizations WHERE archived_at IS NULL AND ${condition}
        ORDER BY name_key, id LIMIT 6`,
    )
    .all(value) as Organization[];
}

/** The organization registered for a domain or, for a subdomain, its closest parent. */
function ownerOfDomain(ctx: CoreContext, domain: string): Organization | null {
  const row = ctx.db.sqlite
    .prepare(
      `SELECT o.id, o.name FROM organization_domains d
         JOIN organizations o ON o.id = d.organization_id AND o.archived_at IS NULL
        WHERE d.domain = @domain OR @domain LIKE '%.' || d.domain
        ORDER BY length(d.domain) DESC LIMIT 1`,
    )
    .get({ domain }) as Organization | undefined;
  return row ?? null;
}

function domainsOf(ctx: CoreContext, organizationId: string): string[] {
  return ctx.db.sqlite
    .prepare('SELECT domain FROM organization_domains WHERE organization_id = ? ORDER BY domain')
    .pluck()
    .all(organizationId) as string[];
}

function peopleAt(
  ctx: CoreContext,
  organization: Organization | null,
  domains: string[],
): WhoKnowsResult {
  const { sqlite } = ctx.db;
  const found = new Map<string, { title: string; current: boolean }>();
  if (organization) {
    // The current role first, then the latest: one line per person.
    const roles = sqlite
      .prepare(
        `SELECT r.person_id AS id, r.title, r.is_current AS current FROM person_roles r
           JOIN people p ON p.id = r.person_id AND p.archived_at IS NULL
          WHERE r.organization_id = ?
          ORDER BY r.is_current DESC, coalesce(r.end_date, r.start_date, '') DESC, r.position`,
      )
      .all(organization.id) as { id: string; title: string; current: number }[];
    for (const r of roles) {
      if (!found.has(r.id)) found.set(r.id, { title: r.title, current: r.current === 1 });
    }
  }
  const byEmail = sqlite.prepare(
    `SELECT DISTINCT e.person_id FROM person_emails e
       JOIN people p ON p.id = e.person_id AND p.archived_at IS NULL
      WHERE substr(e.address_key, instr(e.address_key, '@') + 1) = @domain
         OR substr(e.address_key, instr(e.address_key, '@') + 1) LIKE '%.' || @domain`,
  );
  for (const domain of domains) {
    // An address alone says they were there once, not that they are now.
    for (const id of byEmail.pluck().all({ domain }) as string[]) {
      if (!found.has(id)) found.set(id, { title: '', current: false });
    }
  }

  const { graph, yours } = knownWorld(ctx, ctx.clock());
  const people = [...found].map(([id, role]) => {
    const warmth = yours.get(id)?.strength ?? 0;
    const via =
      warmth < COLD_BELOW
        ? (searchIntroPaths(graph, yours, id, 5).find(
            (p) => p.hops.length > 1 && p.strength > warmth,
          ) ?? null)
        : null;
    return { person: { id, displayName: graph.names.get(id) ?? '' }, ...role, warmth, via };
  });
  people.sort(
    (a, b) =>
      Number(b.current) - Number(a.current) ||
      b.warmth - a.warmth ||
      compareText(a.person.displayName, b.person.displayName) ||
      compareText(a.person.id, b.person.id),
  );
  return {
    organization: organization ? { ...organization, domains } : null,
    people,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

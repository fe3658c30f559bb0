import type { PersonPatch } from '../../../shared/contract/personPatch';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import { findOrCreateOrganization } from '../organizations/organizationRepository';
import { ensureTags } from '../tags/tagRepository';

export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

/** Refuses addresses that belong to someone else, naming the owner so the UI can offer a merge. */
export function assertEmailsFree(
  ctx: CoreContext,
  personId: string | null,
  emails: { address: string }[],
  pathOf: (index: number) => string,
): void {
  const owner = ctx.db.sqlite.prepare(
    `SELECT p.id, p.display_name AS displayName FROM person_emails e JOIN people p ON p.id = e.person_id
      WHERE e.address_key = ? AND p.id IS NOT ?`,
  );
  emails.forEach((email, index) => {
    const found = owner.get(emailKey(email.address), personId) as
      { id: string; displayName: string } | undefined;
    if (found) {
      throw new DomainError(
        'conflict',
        `${email.address} already belongs to ${found.displayName}`,
        [{ path: pathOf(index), message: `Already used by ${found.displayName}` }],
        { id: found.id, displayName: found.displayName },
      );
    }
  });
}

type Sections = Required<
  Pick<
    PersonPatch,
    | 'emails'
    | 'phones'
    | 'addresses'
    | 'links'
    | 'keyFacts'
    | 'dates'
    | 'customFields'
    | 'roles'
    | 'tags'
  >
>;

/**
 * Replaces one list section of a dossier. Runs inside the caller's transaction; the whole list is
 * rewritten so the stored order is exactly the user's.
 */
export function replaceSection<K extends keyof Sections>(
  ctx: CoreContext,
  personId: string,
  section: K,
  items: Sections[K],
): void {
  const { sqlite } = ctx.db;
  const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
  const table = TABLES[section];
  run(`DELETE FROM ${table} WHERE person_id = ?`, personId);
  const id = () => ctx.newId();

  switch (section) {
    case 'emails':
      (items as Sections['emails']).forEach((e, i) =>
        run(
          'INSERT INTO person_emails (id, person_id, address, address_key, label, is_primary, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
          id(),
          personId,
          e.address,
          emailKey(e.address),
          e.label,
          e.primary ? 1 : 0,
          i,
        ),
      );
      break;
    case 'phones':
      (items as Sections['phones']).forEach((p, i) =>
        run(
          'INSERT INTO person_phones (id, person_id, number, label, is_primary, position) VALUES (?, ?, ?, ?, ?, ?)',
          id(),
          personId,
          p.number,
          p.label,
          p.primary ? 1 : 0,
          i,
        ),
      );
      break;
    case 'addresses':
      (items as Sections['addresses']).forEach((a, i) =>
        run(
          'INSERT INTO person_addresses (id, person_id, label, street, city, region, postal_code, country, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          id(),
          personId,
          a.label,
          a.street,
          a.city,
          a.region,
          a.postalCode,
          a.country,
          i,
        ),
      );
      break;
    case 'links':
      (items as Sections['links']).forEach((l, i) =>
        run(
          'INSERT INTO person_links (id, person_id, label, url, position) VALUES (?, ?, ?, ?, ?)',
          id(),
          personId,
          l.label,
          l.url,
          i,
        ),
      );
      break;
    case 'keyFacts':
      (items as Sections['keyFacts']).forEach((text, i) =>
        run(
          'INSERT INTO person_facts (id, person_id, text, position) VALUES (?, ?, ?, ?)',
          id(),
          personId,
          text,
          i,
        ),
      );
      break;
    case 'dates':
      (items as Sections['dates']).forEach((d, i) =>
        run(
          'INSERT INTO person_dates (id, person_id, kind, label, month, day, year, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          id(),
          personId,
          d.kind,
          d.label,
          d.month,
          d.day,
          d.year,
          i,
        ),
      );
      break;
    case 'customFields':
      (items as Sections['customFields']).forEach((f, i) =>
        run(
          'INSERT INTO person_fields (id, person_id, label, value, position) VALUES (?, ?, ?, ?, ?)',
          id(),
          personId,
          f.label,
          f.value,
          i,
        ),
      );
      break;
    case 'roles':
      (items as Sections['roles']).forEach((r, i) => {
        const organizationId =
          r.organizationId ??
          findOrCreateOrganization(
            ctx,
            r.organizationName ?? '',
            `patch.roles.${i}.organizationName`,
          );
        run(
          'INSERT INTO person_roles (id, person_id, organization_id, title, start_date, end_date, is_current, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          id(),
          personId,
          organizationId,
          r.title,
          r.startDate,
          r.endDate,
          r.current ? 1 : 0,
          i,
        );
      });
      break;
    case 'tags':
      for (const tagId of ensureTags(ctx, items as Sections['tags'])) {
        run('INSERT INTO person_tags (person_id, tag_id) VALUES (?, ?)', personId, tagId);
      }
      break;
  }
}

const TABLES: Record<keyof Sections, string> = {
  emails: 'person_emails',
  phones: 'person_phones',
  addresses: 'person_addresses',
  links: 'person_links',
  keyFacts: 'person_facts',
  dates: 'person_dates',
  customFields: 'person_fields',
  roles: 'person_roles',
  tags: 'person_tags',
};

export const SECTION_NAMES = Object.keys(TABLES) as (keyof Sections)[];

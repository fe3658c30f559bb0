import type {
  BriefingConnection,
  BriefingDossier,
  BriefingFollowUp,
  BriefingInteraction,
} from '../../../shared/domain/briefing';
import type { InteractionKind } from '../../../shared/domain/interaction';
import { relationshipLabel, type RelationshipKind } from '../../../shared/domain/relationship';
import type { CoreContext } from '../coreContext';
import { warmthForPeople } from '../insights/warmth/warmth';
import { photoUrl } from '../people/personReader';
import { tagsOfPeople } from '../tags/tagRepository';
import { upcomingDate, type DateRow } from './importantDates';
import { noteSummary } from './noteSummary';

const UPCOMING_DAYS = 14;
const RECENT_DAYS = 90;
const DAY = 86_400_000;

export interface DossierMoment {
  /** The briefing's day, YYYY-MM-DD: follow-ups due before it are overdue, dates count from it. */
  date: string;
  /** Interactions up to this instant (ISO) count as having happened. */
  asOf: string;
}

interface PersonRow {
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  howWeMet: string;
  introducedById: string | null;
  introducedByName: string | null;
  photoUpdatedAt: string | null;
  title: string | null;
  organization: string | null;
}

/** Groups rows by their person, keeping the order the query gave. */
function byPerson<T extends { personId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.personId);
    if (list) list.push(row);
    else map.set(row.personId, [row]);
  }
  return map;
}

export function initialsOf(row: Pick<PersonRow, 'displayName' | 'givenName' | 'familyName'>) {
  const words =
    row.givenName || row.familyName
      ? [row.givenName, row.familyName]
      : row.displayName.split(/\s+/);
  const letters = words
    .filter(Boolean)
    .map((w) => [...w][0] ?? '')
    .join('');
  return (letters.length > 2 ? `${letters[0]}${letters.at(-1)}` : letters).toUpperCase() || '?';
}

/**
 * The file on each of these people as of a moment: who they are, how the user knows them, the
 * last interaction, open follow-ups, key facts, dates coming up, who they are related to and
 * how warm the tie is (as of the same moment). A handful of set-based queries for all of them,
 * not a round of queries per person.
 */
export function dossiersFor(
  ctx: CoreContext,
  personIds: string[],
  moment: DossierMoment,
): Map<string, BriefingDossier> {
  const ids = [...new Set(personIds)];
  const result = new Map<string, BriefingDossier>();
  if (ids.length === 0) return result;
  const { sqlite } = ctx.db;
  const idList = JSON.stringify(ids);
  const IN_IDS = '(SELECT value FROM json_each(?))';

  const people = sqlite
    .prepare(
      `SELECT p.id, p.display_name AS displayName, p.given_name AS givenName,
              p.family_name AS familyName, p.how_we_met AS howWeMet,
              p.introduced_by_id AS introducedById, ib.display_name AS introducedByName,
              ph.updated_at AS photoUpdatedAt,
              (SELECT pr.title FROM person_roles pr WHERE pr.person_id = p.id AND pr.is_current = 1
                ORDER BY pr.position LIMIT 1) AS title,
              (SELECT o.name FROM person_roles pr JOIN organizations o ON o.id = pr.organization_id
                WHERE pr.person_id = p.id AND pr.is_current = 1 ORDER BY pr.position LIMIT 1) AS organization
         FROM people p
         LEFT JOIN people ib ON ib.id = p.introduced_by_id
         LEFT JOIN person_photos ph ON ph.person_id = p.id
        WHERE p.id IN ${IN_IDS}`,
    )
    .all(idList) as PersonRow[];

  const lastInteraction = sqlite.prepare(
    `SELECT i.id, i.kind, i.occurred_at AS date, i.title, i.body
       FROM interaction_participants ip JOIN interactions i ON i.id = ip.interaction_id
      WHERE ip.person_id = ? AND ip.occurred_at <= ?
      ORDER BY ip.occurred_at DESC LIMIT 1`,
  );
  const since = new Date(Date.parse(moment.asOf) - RECENT_DAYS * DAY).toISOString();
  const recentCounts = new Map(
    (
      sqlite
        .prepare(
          `SELECT person_id AS personId, count(*) AS n FROM interaction_participants
            WHERE person_id IN ${IN_IDS} AND occurred_at > ? AND occurred_at <= ?
            GROUP BY person_id`,
        )
        .all(idList, since, moment.asOf) as { personId: string; n: number }[]
    ).map((r) => [r.personId, r.n]),
  );
  // CROSS JOIN keeps SQLite on the person index: left free, it walks every open follow-up.
  const followUps = byPerson(
    sqlite
      .prepare(
        `SELECT fp.person_id AS personId, f.id, f.title, f.due_on AS due
           FROM follow_up_people fp CROSS JOIN follow_ups f ON f.id = fp.follow_up_id
          WHERE fp.person_id IN ${IN_IDS} AND f.done_at IS NULL
          ORDER BY f.due_on IS NULL, f.due_on, f.created_at, f.position`,
      )
      .all(idList) as { personId: string; id: string; title: string; due: string | null }[],
  );
  const facts = byPerson(
    sqlite
      .prepare(
        `SELECT person_id AS personId, text FROM person_facts
          WHERE person_id IN ${IN_IDS} ORDER BY position`,
      )
      .all(idList) as { personId: string; text: string }[],
  );
  const dates = byPerson(
    sqlite
      .prepare(
        `SELECT person_id AS personId, kind, label, month, day, year FROM person_dates
          WHERE person_id IN ${IN_IDS} ORDER BY position`,
      )
      .all(idList) as (DateRow & { personId: string })[],
  );
  const relations = byPerson(
    sqlite
      .prepare(
        `SELECT r.from_person_id AS personId, 1 AS viewerIsFrom, r.kind, r.label,
                o.id AS otherId, o.display_name AS otherName
           FROM relationships r JOIN people o ON o.id = r.to_person_id
          WHERE r.from_person_id IN ${IN_IDS} AND o.archived_at IS NULL
         UNION ALL
         SELECT r.to_person_id, 0, r.kind, r.label, o.id, o.display_name
           FROM relationships r JOIN people o ON o.id = r.from_person_id
          WHERE r.to_person_id IN ${IN_IDS} AND o.archived_at IS NULL
         ORDER BY 6 COLLATE NOCASE`,
      )
      .all(idList, idList) as {
      personId: string;
      viewerIsFrom: number;
      kind: RelationshipKind;
      label: string;
      otherId: string;
      otherName: string;
    }[],
  );
  const tags = tagsOfPeople(ctx, ids);
  const warmth = warmthForPeople(ctx, ids, new Date(moment.asOf));

  for (const row of people) {
    const last = lastInteraction.get(row.id, moment.asOf) as
      (Omit<BriefingInteraction, 'summary'> & { kind: InteractionKind; body: string }) | undefined;
    const openFollowUps: BriefingFollowUp[] = (followUps.get(row.id) ?? []).map((f) => ({
      id: f.id,
      title: f.title,
      due: f.due,
      overdue: f.due !== null && f.due < moment.date,
    }));
    const upcomingDates = (dates.get(row.id) ?? [])
      .map((d) => upcomingDate(d, moment.date))
      .filter((d) => d.daysAway <= UPCOMING_DAYS)
      .sort((a, b) => a.daysAway - b.daysAway);
    const connections: BriefingConnection[] = (relations.get(row.id) ?? []).map((r) => ({
      id: r.otherId,
      displayName: r.otherName,
      relation: relationshipLabel(r.kind, r.label, r.viewerIsFrom === 1),
    }));
    const tie = warmth.get(row.id);
    result.set(row.id, {
      id: row.id,
      displayName: row.displayName,
      initials: initialsOf(row),
      photoUrl: photoUrl(row.id, row.photoUpdatedAt),
      title: row.title ?? '',
      organization: row.organization,
      howWeMet: row.howWeMet,
      introducedBy:
        row.introducedById && row.introducedByName
          ? { id: row.introducedById, displayName: row.introducedByName }
          : null,
      tags: tags.get(row.id) ?? [],
      lastInteraction: last
        ? {
            id: last.id,
            date: last.date,
            kind: last.kind,
            title: last.title,
            summary: noteSummary(last.body),
          }
        : null,
      interactionsLast90Days: recentCounts.get(row.id) ?? 0,
      openFollowUps,
      keyFacts: (facts.get(row.id) ?? []).map((f) => f.text),
      upcomingDates,
      connections,
      warmth: tie ? { score: tie.score, explanation: tie.explanation } : null,
    });
  }
  return result;
}

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { addSource } from '../../electron/core/calendar/calendarSync';
import {
  addDays,
  dateString,
  dayBounds,
  instantToWall,
} from '../../electron/core/calendar/wallTime';
import type { CoreContext } from '../../electron/core/coreContext';
import { setMe } from '../../electron/core/settings/meRepository';
import type { createDispatcher } from '../../electron/core/rpc/dispatch';
import { seededRandom, type World } from './benchWorld';
import { generateCalendar } from './calendarWorld';
import { statsOf, timeOnce, type Stats } from './measure';

const ZONE = 'America/New_York';
const ME = 'me@bench.example';
const MEETINGS = 12;
const ATTENDEES = 6;

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').slice(0, 15);

export interface BriefingBench {
  date: string;
  meetings: number;
  people: number;
  core: Stats;
  floor: Stats;
  ratio: number;
}

/**
 * The briefing scenario: the large world plus a 20,000-event calendar whose series stop before
 * today, and one day a week ahead with 12 meetings of 6 people from the world each (one of them
 * the person with thousands of interactions, two of the meetings weekly series).
 */
export function seedBriefingDay(
  core: CoreContext,
  world: World,
  hub: string,
  dir: string,
): { date: string } {
  const now = Date.now();
  const today = dateString(instantToWall(now, ZONE));
  const date = addDays(today, 7);
  const random = seededRandom(11);
  const chosen = new Set<string>([hub]);
  while (chosen.size < MEETINGS * ATTENDEES) {
    chosen.add(world.personIds[Math.floor(random() * world.personIds.length)] ?? hub);
  }
  const invitees = core.db.sqlite
    .prepare(
      `SELECT p.display_name AS name, e.address AS email FROM people p
         JOIN person_emails e ON e.person_id = p.id AND e.position = 0
        WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...chosen])) as { name: string; email: string }[];

  const day = dayBounds(date, ZONE).start;
  const meetings = Array.from({ length: MEETINGS }, (_, i) => {
    const start = new Date(day + (8 * 60 + i * 45) * 60_000);
    const weekly = i < 2;
    const first = weekly ? new Date(start.getTime() - 28 * 86_400_000) : start;
    const people = invitees.slice(i * ATTENDEES, (i + 1) * ATTENDEES);
    return [
      'BEGIN:VEVENT',
      `UID:briefing-${i}@bench`,
      `DTSTART:${stamp(first)}Z`,
      `DTEND:${stamp(new Date(first.getTime() + 40 * 60_000))}Z`,
      ...(weekly ? ['RRULE:FREQ=WEEKLY'] : []),
      `SUMMARY:Briefing meeting ${i}`,
      'LOCATION:https://meet.example.com/bench',
      `ORGANIZER;CN=${people[0]?.name ?? 'Someone'}:mailto:${people[0]?.email ?? ME}`,
      ...people.map((p) => `ATTENDEE;CN=${p.name};PARTSTAT=ACCEPTED:mailto:${p.email}`),
      `ATTENDEE;CN=Bench User;PARTSTAT=ACCEPTED:mailto:${ME}`,
      'END:VEVENT',
    ].join('\r\n');
  });
  const file = path.join(dir, 'briefing-calendar.ics');
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Farley bench//EN',
      ...generateCalendar(20_000 - MEETINGS, 1_000, 5, now - 2 * 86_400_000).values(),
      ...meetings,
      'END:VCALENDAR',
    ].join('\r\n'),
  );
  setMe(core, { name: 'Bench User', emails: [ME], timeZone: ZONE });
  addSource(core, file);
  return { date };
}

/**
 * The floor: the same rows the briefing reads, fetched with bare prepared statements and no
 * shaping — the day's occurrences, the attendees' owners, then each table of the file on them.
 */
function briefingFloor(core: CoreContext, date: string) {
  const { sqlite } = core.db;
  const IN = '(SELECT value FROM json_each(?))';
  const occurrences = sqlite.prepare(
    `SELECT o.*, e.* FROM calendar_occurrences o JOIN calendar_events e ON e.id = o.event_id
      WHERE o.start_at >= ? AND o.start_at < ? AND o.status <> 'cancelled'`,
  );
  const owners = sqlite.prepare(
    `SELECT e.address_key, p.id FROM person_emails e JOIN people p ON p.id = e.person_id
      WHERE e.address_key IN ${IN}`,
  );
  const perPeople = [
    `SELECT * FROM people WHERE id IN ${IN}`,
    `SELECT * FROM person_roles pr JOIN organizations o ON o.id = pr.organization_id WHERE pr.person_id IN ${IN}`,
    `SELECT * FROM person_facts WHERE person_id IN ${IN}`,
    `SELECT * FROM person_dates WHERE person_id IN ${IN}`,
    `SELECT * FROM follow_up_people fp CROSS JOIN follow_ups f ON f.id = fp.follow_up_id WHERE fp.person_id IN ${IN} AND f.done_at IS NULL`,
    `SELECT * FROM relationships WHERE from_person_id IN ${IN} OR to_person_id IN ${IN}`,
    `SELECT * FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id IN ${IN}`,
  ].map((sql) => sqlite.prepare(sql));
  const last = sqlite.prepare(
    `SELECT i.* FROM interaction_participants ip JOIN interactions i ON i.id = ip.interaction_id
      WHERE ip.person_id = ? AND ip.occurred_at <= ? ORDER BY ip.occurred_at DESC LIMIT 1`,
  );
  const count = sqlite.prepare(
    `SELECT person_id, count(*) FROM interaction_participants
      WHERE person_id IN ${IN} AND occurred_at > ? AND occurred_at <= ? GROUP BY person_id`,
  );
  const { start, end } = dayBounds(date, ZONE);
  return () => {
    const rows = occurrences.all(start, end) as { attendees: string }[];
    const emails = rows.flatMap((r) =>
      (JSON.parse(r.attendees) as { email: string | null }[]).map((a) => a.email?.toLowerCase()),
    );
    const ids = (owners.all(JSON.stringify(emails)) as { id: string }[]).map((r) => r.id);
    const idList = JSON.stringify(ids);
    for (const statement of perPeople) {
      statement.all(
        ...Array.from({ length: statement.source.split('json_each').length - 1 }, () => idList),
      );
    }
    const asOf = new Date().toISOString();
    for (const id of ids) last.get(id, asOf);
    count.all(idList, new Date(Date.now() - 90 * 86_400_000).toISOString(), asOf);
  };
}

export async function measureBriefing(
  core: CoreContext,
  dispatch: ReturnType<typeof createDispatcher>,
  date: string,
  rounds: number,
): Promise<BriefingBench> {
  const floor = briefingFloor(core, date);
  const first = await dispatch('briefing.day', { date });
  if (!first.ok) throw new Error(`briefing.day failed: ${first.error.message}`);
  const briefing = first.data as { meetings: { attendees: { personId: string | null }[] }[] };
  const ours: number[] = [];
  const bare: number[] = [];
  for (let round = -1; round < rounds; round++) {
    const a = await timeOnce(() => dispatch('briefing.day', { date }));
    const b = await timeOnce(floor);
    if (round >= 0) {
      ours.push(a);
      bare.push(b);
    }
  }
  const coreStats = statsOf(ours);
  const floorStats = statsOf(bare);
  return {
    date,
    meetings: briefing.meetings.length,
    people: new Set(
      briefing.meetings.flatMap((m) =>
        m.attendees.flatMap((a) => (a.personId ? [a.personId] : [])),
      ),
    ).size,
    core: coreStats,
    floor: floorStats,
    ratio: coreStats.p50 / floorStats.p50,
  };
}

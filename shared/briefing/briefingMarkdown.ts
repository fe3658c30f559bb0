import { format, parseISO } from 'date-fns';
import type {
  Briefing,
  BriefingAttendee,
  BriefingDossier,
  BriefingMeeting,
} from '../domain/briefing';
import { INTERACTION_KIND_LABELS } from '../domain/interaction';

/** "Tuesday 24 November 2026" from YYYY-MM-DD (the calendar date itself, no zone involved). */
export function longDate(date: string): string {
  return format(parseISO(date.slice(0, 10)), 'EEEE d MMMM yyyy');
}

/** "24 Nov 2026" from a date or an ISO instant's date part. */
export function shortDate(date: string): string {
  return format(parseISO(date.slice(0, 10)), 'd MMM yyyy');
}

/** "09:30–10:00" from the meeting's ISO times (already in the briefing's zone), or "All day". */
export function meetingTime(m: Pick<BriefingMeeting, 'allDay' | 'start' | 'end'>): string {
  return m.allDay ? 'All day' : `${m.start.slice(11, 16)}–${m.end.slice(11, 16)}`;
}

export function durationText(minutes: number | null): string {
  if (minutes === null) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? (m ? `${h} h ${m} min` : `${h} h`) : `${m} min`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line of what the day holds, as the top of every briefing shows it. */
export function summaryLine(b: Briefing): string {
  const s = b.summary;
  return [
    plural(s.meetings, 'meeting'),
    plural(s.people, 'person', 'people'),
    s.firstTimeMeetings ? plural(s.firstTimeMeetings, 'first-time meeting') : '',
    s.overdueFollowUps ? plural(s.overdueFollowUps, 'overdue follow-up') : '',
    s.birthdaysToday.length
      ? `birthday today: ${s.birthdaysToday.map((p) => p.displayName).join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function headline(d: Pick<BriefingDossier, 'title' | 'organization'>): string {
  if (d.title && d.organization) return `${d.title} @ ${d.organization}`;
  return d.title || d.organization || '';
}

export function attendeeName(a: BriefingAttendee): string {
  return a.dossier?.displayName ?? a.personName ?? a.name ?? a.email ?? 'Someone';
}

/** Markdown's special characters in text that came from a calendar or a note. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function quote(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`);
}

function dossierLines(a: BriefingAttendee, d: BriefingDossier): string[] {
  const response = a.response !== 'accepted' ? ` (${a.response.replace('-', ' ')})` : '';
  const title = headline(d);
  const lines = [`### ${escape(d.displayName)}${title ? ` — ${escape(title)}` : ''}${response}`];
  const met = [
    d.howWeMet ? escape(d.howWeMet) : '',
    d.introducedBy ? `introduced by ${escape(d.introducedBy.displayName)}` : '',
  ].filter(Boolean);
  if (met.length) lines.push(`- How you know them: ${met.join('; ')}`);
  if (d.tags.length) lines.push(`- Tags: ${d.tags.map((t) => escape(t.name)).join(', ')}`);
  const last = d.lastInteraction;
  lines.push(
    last
      ? `- Last interaction: ${shortDate(last.date)} (${INTERACTION_KIND_LABELS[last.kind]})${last.summary ? ` — ${escape(last.summary.replace(/\n/g, ' / '))}` : ''}`
      : '- Last interaction: none yet',
  );
  lines.push(`- Interactions in the last 90 days: ${d.interactionsLast90Days}`);
  if (d.warmth) lines.push(`- Warmth: ${d.warmth.score} — ${escape(d.warmth.explanation)}`);
  for (const f of d.openFollowUps) {
    const due = f.due ? ` (due ${shortDate(f.due)}${f.overdue ? ', **overdue**' : ''})` : '';
    lines.push(`- [ ] ${escape(f.title)}${due}`);
  }
  for (const fact of d.keyFacts) lines.push(`- ${escape(fact)}`);
  for (const date of d.upcomingDates) {
    const when = date.daysAway === 0 ? 'today' : `on ${shortDate(date.date)}`;
    const years = date.years ? ` (${date.years})` : '';
    lines.push(`- ${escape(date.label)}${years} ${when}`);
  }
  if (d.connections.length)
    lines.push(
      `- People you both know: ${d.connections.map((c) => `${escape(c.displayName)} (${escape(c.relation)})`).join(', ')}`,
    );
  return lines;
}

function unknownLine(a: BriefingAttendee): string {
  const who = [a.name ? escape(a.name) : '', a.email ? `<${a.email}>` : '']
    .filter(Boolean)
    .join(' ');
  const org = a.organizationGuess ? ` — probably ${escape(a.organizationGuess.name)}` : '';
  const note = a.match === 'ambiguous' ? 'could be several people' : 'not in your files';
  return `- ${who}${org} (${note})`;
}

function meetingLines(m: BriefingMeeting): string[] {
  const marker = m.marker === 'now' ? ' — now' : m.marker === 'next' ? ' — next' : '';
  const length = m.durationMinutes ? ` (${durationText(m.durationMinutes)})` : '';
  const lines = [`## ${meetingTime(m)} · ${escape(m.title || '(no title)')}${length}${marker}`];
  const organizer = m.attendees.find((a) => a.organizer);
  const facts = [
    m.location && m.location !== m.videoLink ? `Location: ${escape(m.location)}` : '',
    m.videoLink ? `Join: ${m.videoLink}` : '',
    organizer ? `Organizer: ${escape(attendeeName(organizer))}` : '',
    m.declined ? 'You declined' : '',
  ].filter(Boolean);
  if (facts.length) lines.push('', facts.join(' · '));
  if (m.description.trim()) lines.push('', ...quote(m.description));
  if (m.prepNotes.trim()) lines.push('', '**Your prep notes**', '', m.prepNotes.trim());
  if (m.previousInSeries) {
    const p = m.previousInSeries;
    lines.push('', `**Last time in this series (${shortDate(p.start)})**`);
    if (p.interaction.body.trim()) lines.push('', ...quote(p.interaction.body));
  }
  const people = m.attendees.filter((a) => a.match !== 'self');
  for (const a of people.filter((a) => a.dossier)) {
    if (a.dossier) lines.push('', ...dossierLines(a, a.dossier));
  }
  const unknown = people.filter((a) => !a.dossier);
  if (unknown.length) lines.push('', '### Not in your files', '', ...unknown.map(unknownLine));
  return lines;
}

/** The briefing as Markdown, for the clipboard, a file or `farley brief --format md`. */
export function briefingMarkdown(b: Briefing): string {
  const lines = [`# Briefing — ${longDate(b.date)}`, '', `_${b.timeZone} · ${summaryLine(b)}_`];
  const allDay = b.meetings.filter((m) => m.allDay && !m.declined);
  const timed = b.meetings.filter((m) => !m.allDay && !m.declined);
  const declined = b.meetings.filter((m) => m.declined);
  if (allDay.length)
    lines.push(
      '',
      `**All day:** ${allDay.map((m) => escape(m.title || '(no title)')).join(' · ')}`,
    );
  if (timed.length === 0 && allDay.length === 0) lines.push('', 'No meetings.');
  for (const m of timed) lines.push('', ...meetingLines(m));
  for (const m of allDay.filter((m) => m.attendees.some((a) => a.dossier)))
    lines.push('', ...meetingLines(m));
  if (declined.length) {
    lines.push('', '## Declined', '');
    for (const m of declined)
      lines.push(`- ${meetingTime(m)} · ${escape(m.title || '(no title)')}`);
  }
  return `${lines.join('\n')}\n`;
}

import {
  attendeeName,
  durationText,
  headline,
  longDate,
  meetingTime,
  shortDate,
  summaryLine,
} from '../../../shared/briefing/briefingMarkdown';
import type { Briefing, BriefingAttendee, BriefingMeeting } from '../../../shared/domain/briefing';
import { INTERACTION_KIND_LABELS } from '../../../shared/domain/interaction';

const INDENT = '    ';

function personLines(a: BriefingAttendee): string[] {
  const d = a.dossier;
  const response = a.response !== 'accepted' ? ` (${a.response})` : '';
  if (!d) {
    const org = a.organizationGuess ? `, probably ${a.organizationGuess.name}` : '';
    const why = a.match === 'ambiguous' ? 'could be several people' : 'no dossier';
    return [
      `  ${a.name ?? a.email ?? '?'}${a.email && a.name ? ` <${a.email}>` : ''}${response} — ${why}${org}`,
    ];
  }
  const title = headline(d);
  const lines = [`  ${d.displayName}${title ? ` — ${title}` : ''}${response}`];
  const met = [d.howWeMet, d.introducedBy ? `introduced by ${d.introducedBy.displayName}` : '']
    .filter(Boolean)
    .join('; ');
  if (met) lines.push(`${INDENT}how you know them: ${met}`);
  const last = d.lastInteraction;
  lines.push(
    last
      ? `${INDENT}last: ${shortDate(last.date)} ${INTERACTION_KIND_LABELS[last.kind].toLowerCase()}${last.summary ? ` — ${last.summary.replace(/\n/g, ' / ')}` : ''}`
      : `${INDENT}last: never`,
  );
  lines.push(`${INDENT}${d.interactionsLast90Days} interaction(s) in the last 90 days`);
  if (d.warmth) lines.push(`${INDENT}warmth ${d.warmth.score} — ${d.warmth.explanation}`);
  for (const f of d.openFollowUps)
    lines.push(
      `${INDENT}[ ] ${f.title}${f.due ? ` (due ${f.due}${f.overdue ? ', OVERDUE' : ''})` : ''}`,
    );
  for (const fact of d.keyFacts) lines.push(`${INDENT}• ${fact}`);
  for (const date of d.upcomingDates)
    lines.push(`${INDENT}${date.label} ${date.daysAway === 0 ? 'today' : `on ${date.date}`}`);
  if (d.connections.length)
    lines.push(
      `${INDENT}you both know: ${d.connections.map((c) => `${c.displayName} (${c.relation})`).join(', ')}`,
    );
  return lines;
}

function meetingLines(m: BriefingMeeting): string[] {
  const marker = m.marker ? `  [${m.marker}]` : '';
  const length = m.durationMinutes ? ` (${durationText(m.durationMinutes)})` : '';
  const lines = [`${meetingTime(m)}  ${m.title || '(no title)'}${length}${marker}`];
  const organizer = m.attendees.find((a) => a.organizer);
  if (m.location) lines.push(`  where: ${m.location}`);
  if (m.videoLink && m.videoLink !== m.location) lines.push(`  join: ${m.videoLink}`);
  if (organizer) lines.push(`  organizer: ${attendeeName(organizer)}`);
  if (m.prepNotes)
    lines.push('  your prep notes:', ...m.prepNotes.split('\n').map((l) => `${INDENT}${l}`));
  if (m.previousInSeries) {
    const body = m.previousInSeries.interaction.body.trim();
    lines.push(`  last time in this series (${shortDate(m.previousInSeries.start)}):`);
    if (body) lines.push(...body.split('\n').map((l) => `${INDENT}${l}`));
  }
  for (const a of m.attendees.filter((a) => a.match !== 'self')) lines.push(...personLines(a));
  return lines;
}

/** The briefing for a terminal: plain text, one block per meeting. */
export function briefingText(b: Briefing): string {
  const lines = [`Briefing for ${longDate(b.date)} (${b.timeZone})`, summaryLine(b)];
  const active = b.meetings.filter((m) => !m.declined);
  if (active.length === 0) lines.push('', 'No meetings.');
  for (const m of active) lines.push('', ...meetingLines(m));
  const declined = b.meetings.filter((m) => m.declined);
  if (declined.length) {
    lines.push('', 'Declined:');
    for (const m of declined) lines.push(`  ${meetingTime(m)}  ${m.title || '(no title)'}`);
  }
  return lines.join('\n');
}

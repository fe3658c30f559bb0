import type { ImportantDate, Person } from '../../../shared/domain/person';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDayOfYear(date: Pick<ImportantDate, 'month' | 'day' | 'year'>): string {
  const base = `${date.day} ${MONTHS[date.month - 1] ?? '?'}`;
  return date.year ? `${base} ${date.year}` : base;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, ...lines.map((line) => `  ${line}`)] : [];
}

function labelled(value: string, ...notes: (string | false)[]): string {
  const extra = notes.filter(Boolean);
  return extra.length ? `${value} (${extra.join(', ')})` : value;
}

/** A dossier as plain text for the terminal: only the parts that have something in them. */
export function dossierText(person: Person): string {
  const current = person.roles.find((role) => role.current);
  const headline = current
    ? [current.title, current.organizationName].filter(Boolean).join(' @ ')
    : '';
  const name = person.pronouns ? `${person.displayName} (${person.pronouns})` : person.displayName;
  const dateLabel = (d: ImportantDate) =>
    d.kind === 'custom' ? d.label : d.kind === 'birthday' ? 'Birthday' : 'Anniversary';
  return [
    name,
    ...(headline ? [headline] : []),
    ...(person.archivedAt ? [`Archived ${person.archivedAt.slice(0, 10)}`] : []),
    ...(person.tags.length ? [`Tags: ${person.tags.map((t) => t.name).join(', ')}`] : []),
    ...section('Contact', [
      ...person.emails.map((e) =>
        labelled(e.address, e.label, person.emails.length > 1 && e.primary && 'primary'),
      ),
      ...person.phones.map((p) => labelled(p.number, p.label)),
      ...person.addresses.map((a) =>
        labelled(
          [a.street, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', '),
          a.label,
        ),
      ),
      ...person.links.map((l) => labelled(l.url, l.label)),
    ]),
    ...section(
      'Work',
      person.roles.map((r) => {
        const period = [r.startDate, r.current ? 'now' : r.endDate].filter(Boolean).join(' – ');
        return labelled([r.title, r.organizationName].filter(Boolean).join(' @ '), period);
      }),
    ),
    ...section(
      'Key facts',
      person.keyFacts.map((fact) => `- ${fact}`),
    ),
    ...section(
      'Important dates',
      person.dates.map((d) => `${dateLabel(d)}: ${formatDayOfYear(d)}`),
    ),
    ...section(
      'How we met',
      [
        person.howWeMet,
        person.metOn ? `Met on ${person.metOn}` : '',
        person.introducedBy ? `Introduced by ${person.introducedBy.displayName}` : '',
      ].filter(Boolean),
    ),
    ...section(
      'Relationships',
      person.relationships.map((r) => `${r.label}: ${r.other.displayName}`),
    ),
    ...section(
      'Custom fields',
      person.customFields.map((f) => `${f.label}: ${f.value}`),
    ),
    ...section('About', person.about ? person.about.split('\n') : []),
  ].join('\n');
}

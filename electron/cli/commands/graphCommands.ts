import type { IntroPath, WhoKnowsResult } from '../../../shared/domain/insights';
import { CliUsageError, formatOption, stringOption, type CliCommand } from '../cliCommand';

/** "you → Dana (72) → Priya (45)": each name with the strength of the tie that reaches it. */
export function pathLine(path: IntroPath): string {
  return ['you', ...path.hops.map((h) => `${h.to.displayName} (${h.strength})`)].join(' → ');
}

/** The path and, under it, why each tie holds. */
export function pathText(path: IntroPath): string[] {
  return [
    `${pathLine(path)}   strength ${path.strength}`,
    ...path.hops.map((h) => {
      const from = h.from === 'you' ? 'you' : h.from.displayName;
      return `    ${from} ↔ ${h.to.displayName}: ${h.evidence.join('; ') || 'no details'}`;
    }),
  ];
}

function whoKnowsText(text: string, result: WhoKnowsResult): string {
  const heading = result.organization
    ? `${result.organization.name}${result.organization.domains.length ? ` (${result.organization.domains.join(', ')})` : ''}`
    : `Addresses at ${text.trim().toLowerCase()}`;
  if (result.people.length === 0) return `${heading}: no one there yet.`;
  const rows = result.people.map((p) => {
    // Leave out the target: "via Ada → Sam" names who to ask, not who is asked about.
    const via = p.via
      ? `via ${p.via.hops
          .slice(0, -1)
          .map((h) => h.to.displayName)
          .join(' → ')} (${p.via.strength})`
      : '';
    return [p.person.displayName, p.title, p.current ? 'current' : 'past', String(p.warmth), via];
  });
  const header = ['NAME', 'TITLE', 'ROLE', 'WARMTH', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [heading, '', format(header), ...rows.map(format)].join('\n');
}

export const graphCommands: CliCommand[] = [
  {
    words: ['who-knows'],
    summary: 'Who you know at an organization or email domain, and who could introduce you',
    usage: 'farley who-knows ORG_OR_DOMAIN [--format text|json]',
    options: { format: { type: 'string' } },
    positionals: { name: 'ORG_OR_DOMAIN', required: true, many: true },
    async run({ call, io }, values, positionals) {
      const format = formatOption(values, ['text', 'json']);
      const text = positionals.join(' ');
      const result = await call('insights.whoKnows', { text });
      io.out(format === 'json' ? JSON.stringify(result, null, 2) : whoKnowsText(text, result));
    },
  },
  {
    words: ['intro'],
    summary: 'The warmest ways to reach a person through people you know (at most 3 hops)',
    usage: 'farley intro NAME_OR_EMAIL [--limit N] [--format text|json]',
    options: { format: { type: 'string' }, limit: { type: 'string' } },
    positionals: { name: 'NAME_OR_EMAIL', required: true, many: true },
    async run({ call, io }, values, positionals) {
      const format = formatOption(values, ['text', 'json']);
      const limitText = stringOption(values, 'limit') ?? '3';
      const limit = Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10) {
        throw new CliUsageError(`--limit must be a whole number from 1 to 10 (got "${limitText}")`);
      }
      const text = positionals.join(' ');
      const found = await call('people.resolve', { text });
      if (!found.person) {
        const list = found.candidates.map((c) => c.displayName).join(', ');
        throw new CliUsageError(
          found.match === 'ambiguous'
            ? `"${text}" could be several people: ${list}. Use an email address to choose.`
            : `No one is called "${text}".${list ? ` Did you mean: ${list}?` : ''}`,
        );
      }
      const paths = await call('insights.introPaths', { personId: found.person.id, limit });
      if (format === 'json') {
        io.out(JSON.stringify(paths, null, 2));
        return;
      }
      const name = found.person.displayName;
      if (paths.length === 0) {
        io.out(`No one you know is within three steps of ${name}.`);
        return;
      }
      const blocks = paths.map((p) => pathText(p).join('\n'));
      io.out([`Ways to reach ${name}, warmest first:`, '', blocks.join('\n\n')].join('\n'));
    },
  },
];

import type { ReachOutItem } from '../../../shared/domain/insights';
import { CliUsageError, formatOption, type CliCommand, type CommandSession } from '../cliCommand';

/** Resolves a typed name or email like `person show` does: never guesses between two people. */
async function resolveId(call: CommandSession['call'], text: string): Promise<string> {
  const found = await call('people.resolve', { text });
  if (found.person) return found.person.id;
  const list = found.candidates.map((c) => c.displayName).join(', ');
  throw new CliUsageError(
    found.match === 'ambiguous'
      ? `"${text}" could be several people: ${list}. Use an email address to choose.`
      : `No one is called "${text}".${list ? ` Did you mean: ${list}?` : ''}`,
  );
}

function reachOutLine(item: ReachOutItem): string {
  const from = item.cadenceFrom === 'person' ? '' : ` (tag ${item.cadenceFrom.tag})`;
  const when = item.daysOverdue === 0 ? 'due today' : `${item.daysOverdue} days overdue`;
  return `${item.person.displayName}  ${when}, warmth ${item.warmth}${from}\n    ${item.reason}`;
}

export const insightCommands: CliCommand[] = [
  {
    words: ['reach-out'],
    summary: 'Who is due or overdue for contact under their cadence, most pressing first',
    usage: 'farley reach-out [--limit N] [--format text|json]',
    options: { format: { type: 'string' }, limit: { type: 'string' } },
    async run({ call, io }, values) {
      const format = formatOption(values, ['text', 'json']);
      const limitText = typeof values.limit === 'string' ? values.limit : '50';
      const limit = Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new CliUsageError(
          `--limit must be a whole number from 1 to 1000 (got "${limitText}")`,
        );
      }
      const items = await call('insights.reachOut', { limit });
      if (format === 'json') {
        io.out(JSON.stringify(items, null, 2));
        return;
      }
      io.out(
        items.length === 0
          ? 'No one is due for contact. Set a cadence on a person or a tag to keep in touch.'
          : items.map(reachOutLine).join('\n'),
      );
    },
  },
  {
    words: ['warmth'],
    summary: 'How warm a tie is (0–100), its parts and why',
    usage: 'farley warmth NAME_OR_EMAIL [--format text|json]',
    options: { format: { type: 'string' } },
    positionals: { name: 'NAME_OR_EMAIL', required: true, many: true },
    async run({ call, io }, values, positionals) {
      const format = formatOption(values, ['text', 'json']);
      const personId = await resolveId(call, positionals.join(' '));
      const warmth = await call('insights.warmth', { personId });
      if (format === 'json') {
        io.out(JSON.stringify(warmth, null, 2));
        return;
      }
      const width = Math.max(...warmth.parts.map((p) => p.label.length));
      io.out(
        [
          `Warmth ${warmth.score}/100: ${warmth.explanation}`,
          ...warmth.parts.map((p) => `  ${p.label.padEnd(width)}  ${p.points}`),
        ].join('\n'),
      );
    },
  },
];

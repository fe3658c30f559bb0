import type { FollowUp } from '../../../shared/domain/interaction';
import { INTERACTION_KINDS } from '../../../shared/domain/interaction';
import {
  CliUsageError,
  formatOption,
  stringOption,
  type CliCommand,
  type CommandSession,
} from '../cliCommand';

/** The local calendar date of an instant, in this machine's time zone. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** `--follow-up A --due D --follow-up B`: each --due belongs to the --follow-up before it. */
export function pairFollowUps(args: string[]): { title: string; dueOn: string | null }[] {
  const pairs: { title: string; dueOn: string | null }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = inline ?? args[i + 1] ?? '';
    if (flag === '--follow-up') {
      pairs.push({ title: value, dueOn: null });
    } else if (flag === '--due') {
      const last = pairs.at(-1);
      if (!last) throw new CliUsageError('--due must come after the --follow-up it belongs to');
      if (last.dueOn) throw new CliUsageError(`"${last.title}" has two --due dates`);
      last.dueOn = value;
    } else continue;
    if (inline === undefined) i++;
  }
  return pairs;
}

async function resolveAll(session: CommandSession, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const found = await session.call('people.resolve', { text: name });
    if (found.person) {
      ids.push(found.person.id);
    } else {
      const list = found.candidates.map((c) => c.displayName).join(', ');
      problems.push(
        found.match === 'ambiguous'
          ? `"${name}" could be several people: ${list}`
          : `no one is called "${name}"${list ? ` (did you mean: ${list}?)` : ''}`,
      );
    }
  }
  if (problems.length) throw new CliUsageError(`${problems.join('; ')}. Nothing was written.`);
  return ids;
}

function followUpLine(f: FollowUp): string {
  const who = f.people.length ? ` — ${f.people.map((p) => p.displayName).join(', ')}` : '';
  const due = f.dueOn ? ` (due ${f.dueOn})` : '';
  return `${f.doneAt ? '[x]' : '[ ]'} ${f.title}${due}${who}`;
}

export const logCommands: CliCommand[] = [
  {
    words: ['log'],
    summary: 'Log a call, meeting or note with people, and follow-ups',
    usage: `farley log --kind ${INTERACTION_KINDS.join('|')} --with NAME_OR_EMAIL [--with ...] [--at ISO_DATETIME] [--title T] --note TEXT [--follow-up TEXT [--due YYYY-MM-DD]]...`,
    options: {
      kind: { type: 'string' },
      with: { type: 'string', multiple: true },
      at: { type: 'string' },
      title: { type: 'string' },
      note: { type: 'string' },
      'follow-up': { type: 'string', multiple: true },
      due: { type: 'string', multiple: true },
      format: { type: 'string' },
    },
    async run(session, values, _positionals, args) {
      const format = formatOption(values, ['text', 'json']);
      const kind = stringOption(values, 'kind');
      if (!kind || !(INTERACTION_KINDS as readonly string[]).includes(kind)) {
        throw new CliUsageError(`--kind must be one of ${INTERACTION_KINDS.join(', ')}`);
      }
      const note = stringOption(values, 'note');
      if (note === undefined) throw new CliUsageError('--note is required');
      const at = stringOption(values, 'at');
      const when = at ? new Date(at) : session.now();
      if (Number.isNaN(when.getTime())) {
        throw new CliUsageError(
          `--at "${at}" is not a date and time (use 2026-11-24T09:30 or 2026-11-24T09:30:00-05:00)`,
        );
      }
      const names = Array.isArray(values.with) ? values.with.map(String) : [];
      const participantIds = await resolveAll(session, names);
      const title = stringOption(values, 'title');
      const interaction = await session.call('interactions.create', {
        kind: kind as (typeof INTERACTION_KINDS)[number],
        occurredAt: when.toISOString(),
        participantIds,
        body: note,
        ...(title !== undefined ? { title } : {}),
        followUps: pairFollowUps(args),
      });
      if (format === 'json') {
        session.io.out(JSON.stringify(interaction, null, 2));
        return;
      }
      const people = interaction.participants.map((p) => p.displayName).join(', ');
      session.io.out(
        `Logged ${interaction.kind.replace('_', ' ')}${people ? ` with ${people}` : ''} at ${interaction.occurredAt}`,
      );
      for (const followUp of interaction.followUps) session.io.out(`  ${followUpLine(followUp)}`);
    },
  },
  {
    words: ['followups'],
    summary: 'Open follow-ups: overdue, today, upcoming, someday',
    usage: 'farley followups [--all] [--format text|json]',
    options: { format: { type: 'string' }, all: { type: 'boolean' } },
    async run(session, values) {
      const format = formatOption(values, ['text', 'json']);
      const buckets = await session.call('followUps.list', { today: localDate(session.now()) });
      if (format === 'json') {
        session.io.out(JSON.stringify(buckets, null, 2));
        return;
      }
      const groups: [string, FollowUp[]][] = [
        ['Overdue', buckets.overdue],
        ['Today', buckets.today],
        ['Upcoming', buckets.upcoming],
        ['Someday', buckets.someday],
        ...(values.all ? [['Done', buckets.done] as [string, FollowUp[]]] : []),
      ];
      const lines = groups
        .filter(([, list]) => list.length)
        .flatMap(([label, list], i) => [
          ...(i ? [''] : []),
          label,
          ...list.map((f) => `  ${followUpLine(f)}`),
        ]);
      session.io.out(lines.length ? lines.join('\n') : 'No open follow-ups.');
    },
  },
];

import type { PersonSummary } from '../../../shared/domain/person';
import { CliUsageError, formatOption, stringOption, type CliCommand } from '../cliCommand';

function personLine(person: PersonSummary, nameWidth: number): string {
  const email = person.primaryEmail ? `  <${person.primaryEmail}>` : '';
  return `${person.displayName.padEnd(nameWidth)}${email}`.trimEnd();
}

export const personCommands: CliCommand[] = [
  {
    words: ['person', 'add'],
    summary: 'Add a person',
    usage: 'farley person add --name NAME [--email EMAIL] [--format text|json]',
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      format: { type: 'string' },
    },
    async run({ call, io }, values) {
      const format = formatOption(values, ['text', 'json']);
      const name = stringOption(values, 'name');
      if (name === undefined) throw new CliUsageError('--name is required');
      const email = stringOption(values, 'email');
      const person = await call('people.create', {
        displayName: name,
        ...(email !== undefined ? { email } : {}),
      });
      io.out(
        format === 'json'
          ? JSON.stringify(person, null, 2)
          : `Added ${person.displayName}${person.emails[0] ? ` <${person.emails[0].address}>` : ''} (${person.id})`,
      );
    },
  },
  {
    words: ['person', 'list'],
    summary: 'List people, most recently changed first',
    usage: 'farley person list [--query TEXT] [--format text|json]',
    options: { query: { type: 'string' }, format: { type: 'string' } },
    async run({ call, io }, values) {
      const format = formatOption(values, ['text', 'json']);
      const query = stringOption(values, 'query');
      const people = await call('people.list', query !== undefined ? { query } : {});
      if (format === 'json') {
        io.out(JSON.stringify(people, null, 2));
        return;
      }
      if (people.length === 0) {
        io.out(query ? `No one matches "${query}".` : 'No people yet.');
        return;
      }
      const width = Math.max(...people.map((p) => p.displayName.length));
      for (const person of people) io.out(personLine(person, width));
    },
  },
];

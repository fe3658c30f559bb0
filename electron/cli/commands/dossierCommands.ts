import type { SearchHit } from '../../../shared/domain/search';
import { CliUsageError, formatOption, type CliCommand } from '../cliCommand';
import { dossierText } from './dossierText';

/** `[[word]]` marks become *word* in a terminal, where there is no highlighting. */
function plainSnippet(hit: SearchHit): string {
  return hit.snippet
    .replace(/\[\[(.*?)\]\]/g, '*$1*')
    .replace(/\s+/g, ' ')
    .trim();
}

export const dossierCommands: CliCommand[] = [
  {
    words: ['person', 'show'],
    summary: 'Show the whole dossier of a person, by name or email',
    usage: 'farley person show NAME_OR_EMAIL [--format text|json]',
    options: { format: { type: 'string' } },
    positionals: { name: 'NAME_OR_EMAIL', required: true, many: true },
    async run({ call, io }, values, positionals) {
      const format = formatOption(values, ['text', 'json']);
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
      const person = await call('people.get', { id: found.person.id });
      io.out(format === 'json' ? JSON.stringify(person, null, 2) : dossierText(person));
    },
  },
  {
    words: ['search'],
    summary: 'Search people and organizations (prefix, case- and accent-insensitive)',
    usage: 'farley search QUERY [--limit N] [--format text|json]',
    options: { format: { type: 'string' }, limit: { type: 'string' } },
    positionals: { name: 'QUERY', required: true, many: true },
    async run({ call, io }, values, positionals) {
      const format = formatOption(values, ['text', 'json']);
      const limitText = typeof values.limit === 'string' ? values.limit : '20';
      const limit = Number(limitText);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
        throw new CliUsageError(
          `--limit must be a whole number from 1 to 200 (got "${limitText}")`,
        );
      }
      const hits = await call('search.query', { text: positionals.join(' '), limit });
      if (format === 'json') {
        io.out(JSON.stringify(hits, null, 2));
        return;
      }
      if (hits.length === 0) {
        io.out(`Nothing matches "${positionals.join(' ')}".`);
        return;
      }
      for (const hit of hits) {
        const subtitle = hit.subtitle ? ` — ${hit.subtitle}` : '';
        io.out(`${hit.kind.padEnd(12)} ${hit.title}${subtitle}`);
        const snippet = plainSnippet(hit);
        if (snippet && snippet.replace(/\*/g, '') !== hit.title)
          io.out(`${' '.repeat(13)}${snippet}`);
      }
    },
  },
];

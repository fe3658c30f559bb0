import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import type { CallName, CallInput, CallOutput } from '../../shared/contract';
import { backupBeforeMigration } from '../core/backups/databaseCheck';
import { openCore, type CoreContext } from '../core/coreContext';
import { defaultUserDataDir, resolveDataDir } from '../core/paths/userDataDir';
import { createDispatcher } from '../core/rpc/dispatch';
import { createHandlers } from '../core/rpc/handlers';
import {
  CliUsageError,
  type CliCommand,
  type CliEnvironment,
  type ParsedValues,
} from './cliCommand';
import { contextWithoutDatabase } from '../core/backups/restore';
import { backupCommands } from './commands/backupCommands';
import { briefingCommands } from './commands/briefingCommands';
import { calendarCommands } from './commands/calendarCommands';
import { dossierCommands } from './commands/dossierCommands';
import { exportCommands } from './commands/exportCommands';
import { graphCommands } from './commands/graphCommands';
import { importCommands } from './commands/importCommands';
import { insightCommands } from './commands/insightCommands';
import { logCommands } from './commands/logCommands';
import { personCommands } from './commands/personCommands';
import { sampleCommands } from './commands/sampleCommands';

export const commands: CliCommand[] = [
  ...personCommands,
  ...dossierCommands,
  ...logCommands,
  ...calendarCommands,
  ...briefingCommands,
  ...importCommands,
  ...exportCommands,
  ...sampleCommands,
  ...backupCommands,
  ...insightCommands,
  ...graphCommands,
];

const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function overview(): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  return [
    'Farley: your private files on the people you meet.',
    '',
    'Usage: farley COMMAND [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --data-dir DIR  where the data lives (else $FARLEY_DATA_DIR, else the app’s folder)',
    '  --help          show help for a command',
    '',
    `farley ${pkg.version}`,
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [command.summary, '', `Usage: ${command.usage} [--data-dir DIR]`].join('\n');
}

/** Options that take a value, so `--data-dir /some/dir` is not mistaken for a command word. */
function valueOptions(): Set<string> {
  const names = new Set<string>(['data-dir']);
  for (const command of commands) {
    for (const [name, spec] of Object.entries(command.options)) {
      if (spec.type === 'string') names.add(name);
    }
  }
  return names;
}

/** The words of argv that are neither options nor option values, with their positions. */
function commandWords(argv: string[]): { word: string; index: number }[] {
  const takesValue = valueOptions();
  const words: { word: string; index: number }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (arg.startsWith('--') && !arg.includes('=') && takesValue.has(arg.slice(2))) i++;
      continue;
    }
    words.push({ word: arg, index: i });
  }
  return words;
}

function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | null {
  const words = commandWords(argv);
  let best: CliCommand | null = null;
  for (const command of commands) {
    const matches = command.words.every((word, i) => words[i]?.word === word);
    if (matches && (!best || command.words.length > best.words.length)) best = command;
  }
  if (!best) return null;
  const taken = new Set(words.slice(0, best.words.length).map((w) => w.index));
  return { command: best, rest: argv.filter((_, i) => !taken.has(i)) };
}

/** Runs one command line; returns the exit code. Never throws for anything a user can type. */
export async function runCli(argv: string[], environment: CliEnvironment): Promise<number> {
  const io = environment;
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overview());
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (argv[0] === '--version') {
    io.out(pkg.version);
    return EXIT_OK;
  }
  const found = findCommand(argv);
  if (!found) {
    const words = commandWords(argv).map((w) => w.word);
    const group = commands.filter((c) => c.words[0] === words[0]);
    if (group.length > 0 && (argv.includes('--help') || words.length === 1)) {
      io.out(group.map((c) => `${c.usage}\n    ${c.summary}`).join('\n'));
      return argv.includes('--help') ? EXIT_OK : EXIT_USAGE;
    }
    io.err(`farley: unknown command "${words.join(' ')}". Run "farley --help" for the list.`);
    return EXIT_USAGE;
  }
  const { command, rest } = found;

  let values: ParsedValues;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    io.err(`farley ${command.words.join(' ')}: ${(error as Error).message.split(/(?<=\.)\s/)[0]}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.out(commandHelp(command));
    return EXIT_OK;
  }
  const spec = command.positionals;
  if (!spec && positionals.length > 0) {
    io.err(
      `farley ${command.words.join(' ')}: unexpected "${positionals.join(' ')}". Usage: ${command.usage}`,
    );
    return EXIT_USAGE;
  }
  if (spec?.required && positionals.length === 0) {
    io.err(`farley ${command.words.join(' ')}: ${spec.name} is required. Usage: ${command.usage}`);
    return EXIT_USAGE;
  }

  let core: CoreContext | null = null;
  try {
    const dataDirFlag = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;
    const dataDir = resolveDataDir(dataDirFlag, environment.env, () =>
      defaultUserDataDir(environment.platform, environment.env, environment.home),
    );
    const options = {
      dataDir,
      appVersion: pkg.version,
      ...(environment.now ? { clock: environment.now } : {}),
    };
    try {
      await backupBeforeMigration(dataDir, undefined, environment.now);
      core = openCore(options);
    } catch (error) {
      if (!command.worksWithoutDatabase) throw error;
      core = contextWithoutDatabase({
        dataDir,
        appVersion: pkg.version,
        clock: environment.now ?? (() => new Date()),
        newId: () => crypto.randomUUID(),
        systemTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
    }
    const dispatch = createDispatcher(createHandlers(core));
    const call = async <K extends CallName>(name: K, input: CallInput<K>) => {
      const result = await dispatch(name, input);
      if (!result.ok) throw new CliUsageError(result.error.message);
      return result.data as CallOutput<K>;
    };
    await command.run({ io, call, now: core.clock }, values, positionals, rest);
    return EXIT_OK;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`farley ${command.words.join(' ')}: ${message}`);
    return error instanceof CliUsageError ? EXIT_USAGE : EXIT_FAILURE;
  } finally {
    core?.db.close();
  }
}

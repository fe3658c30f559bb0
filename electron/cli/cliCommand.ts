import type { ParseArgsConfig } from 'node:util';
import type { CallName, CallInput, CallOutput } from '../../shared/contract';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliEnvironment extends CliIo {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  now?: () => Date;
}

/** A failure the user can fix: printed as one line, exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export interface CommandSession {
  io: CliIo;
  now: () => Date;
  /** Calls the core through the same validating dispatcher the app uses. Throws CliUsageError. */
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CliCommand {
  /** Words that select the command, e.g. ['person', 'add']. */
  words: string[];
  summary: string;
  usage: string;
  options: OptionSpec;
  /**
   * Runs even when the database cannot be opened (a restore over a damaged store); the core's
   * connection is then absent and only calls that replace the database may be made.
   */
  worksWithoutDatabase?: boolean;
  /** Free-form words after the command, e.g. a search query. */
  positionals?: { name: string; required: boolean; many?: boolean };
  run(
    session: CommandSession,
    values: ParsedValues,
    positionals: string[],
    /** The arguments in order, for options whose meaning depends on what precedes them. */
    args: string[],
  ): Promise<void>;
}

export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function formatOption(values: ParsedValues, allowed: readonly string[]): string {
  const format = stringOption(values, 'format') ?? allowed[0] ?? 'text';
  if (!allowed.includes(format)) {
    throw new CliUsageError(`--format must be one of ${allowed.join(', ')} (got "${format}")`);
  }
  return format;
}

import type { z } from 'zod';
import { contract, isCallName } from '../../../shared/contract';
import { fail, ok, type FieldIssue, type Result } from '../../../shared/result';
import { DomainError } from '../domainError';
import { noShell, type CoreHandlers, type ShellHandlers } from './handlers';

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected failures are reported; the caller only ever sees a generic message. */
  onUnexpectedError?: (name: string, error: unknown) => void;
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The single gate between untrusted callers (the renderer over IPC, the harness over HTTP) and the
 * core: unknown names and invalid payloads are answered with an error value and never reach a
 * handler, and nothing a handler throws escapes.
 */
export function createDispatcher(
  coreAndShell: CoreHandlers & Partial<ShellHandlers>,
  options: DispatchOptions = {},
): Dispatch {
  // Without a shell (command line, plain tests), shell calls are refused with a clear message.
  const handlers = { ...noShell, ...coreAndShell };
  return async (name, rawInput) => {
    if (!isCallName(name)) return fail('unknown_call', `There is no call named ${String(name)}.`);
    const parsed = contract[name].input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return fail('invalid_input', issues[0]?.message ?? 'The request was not valid.', issues);
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toAppError() };
      options.onUnexpectedError?.(name, error);
      return fail('internal', 'Something went wrong; nothing was changed. Please try again.');
    }
  };
}

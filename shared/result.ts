/**
 * Every call across the renderer/main boundary answers with a Result, never a thrown exception:
 * a thrown error would arrive in the renderer as an opaque string and lose its code.
 */
export type ErrorCode =
  'invalid_input' | 'not_found' | 'conflict' | 'unknown_call' | 'forbidden' | 'internal';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `emails.0.address`; empty for the whole input. */
  path: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** For a `conflict` over an email: who owns it, so the UI can offer to merge. */
  conflictWith?: { id: string; displayName: string };
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  issues?: FieldIssue[],
): Result<T> {
  return issues
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };
}

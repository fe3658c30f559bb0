import type { AppError, ErrorCode, FieldIssue } from '../../shared/result';

/** An error the user caused and can act on; the dispatcher turns it into a Result. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: FieldIssue[],
    readonly conflictWith?: AppError['conflictWith'],
  ) {
    super(message);
  }

  toAppError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.conflictWith ? { conflictWith: this.conflictWith } : {}),
    };
  }
}

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "RATE_LIMITED" | "INVALID";

/** An expected failure that the caller can show to a person as it is. */
export class AppError extends Error {
  override name = "AppError";

  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** An expected failure that belongs next to one form field (slug taken, term deleted…). */
export class FieldError extends AppError {
  constructor(
    readonly field: string,
    message: string,
    code: AppErrorCode = "INVALID",
  ) {
    super(code, message);
  }
}

export function isFieldError(error: unknown): error is FieldError {
  return error instanceof FieldError;
}

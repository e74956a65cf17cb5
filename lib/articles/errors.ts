import { AppError, type AppErrorCode } from "@/lib/errors";

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

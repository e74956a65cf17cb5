import { type ActionResult } from "@/lib/action-result";

/**
 * The line on top of a form: the error that stopped it (announced at once), or the success
 * message. Renders nothing before the first submit.
 */
export function FormMessage({ result }: { result: ActionResult<unknown> | undefined }) {
  if (!result) return null;
  if (!result.ok && result.formError) {
    return (
      <p role="alert" className="border-accent text-accent-dark rounded border-l-4 bg-red-50 p-3">
        {result.formError}
      </p>
    );
  }
  if (result.ok && result.message) return <Flash>{result.message}</Flash>;
  return null;
}

/** A calm success or information notice. */
export function Flash({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
      {children}
    </p>
  );
}

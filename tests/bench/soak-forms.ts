/**
 * Posting the site's forms over plain HTTP the way a browser without JavaScript does: read the
 * form's hidden fields (the server action's own fields included) from the page, add what a person
 * types, and post it as multipart/form-data with the page's Origin.
 */

export type FormFields = [string, string][];

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:$-]+)(?:="([^"]*)")?/g)) {
    result[match[1]!] = decodeEntities(match[2] ?? "");
  }
  return result;
}

/** The hidden fields of every form on the page, in order. */
export function readForms(html: string): FormFields[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map((form) =>
    [...form[1]!.matchAll(/<input\b[^>]*>/g)]
      .map((input) => attributes(input[0]))
      .filter((input) => input.type === "hidden" && input.name)
      .map((input): [string, string] => [input.name!, input.value ?? ""]),
  );
}

/** The first form that has a field named `name` (optionally with that value). */
export function findForm(html: string, name: string, value?: string): FormFields {
  const form = readForms(html).find((fields) =>
    fields.some(([n, v]) => n === name && (value === undefined || v === value)),
  );
  if (!form) throw new Error(`no form with a field ${name} on the page`);
  return form;
}

export type PostResult = {
  status: number;
  location: string | null;
  body: string;
  cookies: string[];
  ms: number;
  error?: string;
};

/** Posts `fields` (hidden ones overridden by the same name) to `url`; never throws. */
export async function postForm(
  url: string,
  hidden: FormFields,
  typed: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const body = new FormData();
  for (const [name, value] of hidden) if (!(name in typed)) body.append(name, value);
  for (const [name, value] of Object.entries(typed)) body.append(name, value);
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { origin: new URL(url).origin, ...headers },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      body: await response.text(),
      cookies: response.headers.getSetCookie(),
      ms: Date.now() - started,
    };
  } catch (error) {
    return {
      status: 0,
      location: null,
      body: "",
      cookies: [],
      ms: Date.now() - started,
      error:
        error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : String(error),
    };
  }
}

/** The `name=value` pairs of Set-Cookie headers, joined for a Cookie header. */
export function cookieHeader(setCookies: string[]): string {
  return setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
}

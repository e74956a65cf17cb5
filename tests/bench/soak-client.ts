/** The soak's clients: a reader posting comments, a staff sign-in, and the server's memory. */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { sleep } from "@/tests/bench/harness";
import {
  cookieHeader,
  findForm,
  type FormFields,
  postForm,
  type PostResult,
} from "@/tests/bench/soak-forms";

const ARTICLE = { id: "bench-2", slug: "campaign-update-2" };
export const run = randomBytes(3).toString("hex");
const YEAR = String(new Date().getFullYear());

let serial = 0;
const randomIp = () =>
  `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** Every process of the server (next start may run workers), for memory and for kill -9. */
export async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const ids = children.split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...(await Promise.all(ids.map(processTree))).flat()];
}

export async function rssMb(pid: number): Promise<number> {
  let kb = 0;
  for (const id of await processTree(pid)) {
    const status = await readFile(`/proc/${id}/status`, "utf8").catch(() => "");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return Math.round(kb / 1024);
}

function visibleMessage(html: string): string {
  const alert = /role="alert"[^>]*>([\s\S]*?)<\/(p|div)>/.exec(html)?.[1];
  const text = (alert ?? html.replace(/<script[\s\S]*?<\/script>/g, "").slice(0, 4000))
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.slice(0, 220);
}

export type CommentOutcome = {
  kind: "posted" | "refused" | "5xx" | "network" | "other";
  id?: string;
  status: number;
  message: string;
  ms: number;
  body: string;
};

export class Commenter {
  private fields!: FormFields;
  constructor(private readonly baseUrl: string) {}

  private get pageUrl() {
    return `${this.baseUrl}/news/${ARTICLE.slug}?respond`;
  }

  /** Reads the form once: its hidden fields are the same for every post but the token. */
  async load() {
    const html = await (await fetch(this.pageUrl)).text();
    this.fields = findForm(html, "token");
  }

  async token(): Promise<{ token: string; at: number } | null> {
    const response = await fetch(
      `${this.baseUrl}/api/comments/token?articleId=${ARTICLE.id}`,
    ).catch(() => null);
    if (!response?.ok) return null;
    const { token } = (await response.json()) as { token: string };
    return { token, at: Date.now() };
  }

  async tokens(count: number) {
    const list = [];
    while (list.length < count) {
      const token = await this.token();
      if (token) list.push(token);
    }
    await sleep(3_200); // the form refuses a post sent within 3 s of being shown
    return list;
  }

  async post(
    token: { token: string; at: number },
    options: { ip?: string; email?: string; body?: string } = {},
  ): Promise<CommentOutcome> {
    const wait = token.at + 3_200 - Date.now();
    if (wait > 0) await sleep(wait);
    const n = ++serial;
    const body = options.body ?? `<p>Soak ${run} comment ${n}: solidarity with Viasna.</p>`;
    const result = await postForm(
      this.pageUrl,
      this.fields,
      {
        token: token.token,
        authorName: `Soak reader ${n}`,
        authorEmail: options.email ?? `soak-${run}-${n}@example.org`,
        authorUrl: "",
        company: "",
        body,
        humanAnswer: YEAR,
      },
      { "x-forwarded-for": options.ip ?? randomIp(), "user-agent": "soak" },
    );
    return { ...classify(result), body };
  }
}

function classify(result: PostResult): Omit<CommentOutcome, "body"> {
  const id = result.location ? /commented=([^&#]+)/.exec(result.location)?.[1] : undefined;
  const base = { status: result.status, ms: result.ms };
  if (result.status === 303 && id) return { ...base, kind: "posted", id, message: "posted" };
  if (result.status === 0) return { ...base, kind: "network", message: result.error ?? "" };
  if (result.status >= 500) return { ...base, kind: "5xx", message: visibleMessage(result.body) };
  if (result.status === 200)
    return { ...base, kind: "refused", message: visibleMessage(result.body) };
  return { ...base, kind: "other", message: `${result.status} ${result.location ?? ""}` };
}

export function tally<T extends string>(items: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

export async function signIn(baseUrl: string, email: string, password: string, ip: string) {
  const html = await (await fetch(`${baseUrl}/login`)).text();
  const fields = findForm(html, "callbackUrl");
  const result = await postForm(
    `${baseUrl}/login`,
    fields,
    { email, password, callbackUrl: "/admin" },
    { "x-forwarded-for": ip },
  );
  const signedIn = result.status === 303 && !!result.location?.endsWith("/admin");
  const message = signedIn
    ? "signed in"
    : /Too many attempts/.test(result.body)
      ? "throttled"
      : /Email or password is incorrect/.test(result.body)
        ? "wrong password"
        : `other ${result.status}`;
  return { signedIn, message, cookie: cookieHeader(result.cookies) };
}

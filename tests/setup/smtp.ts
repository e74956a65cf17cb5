import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests: it accepts every message on 127.0.0.1 (no TLS, no login, as a
 * local relay would) and writes each one, exactly as received, into `dir` as an .eml file, so
 * a test in another process reads what the app really sent.
 */
export async function startMailServer(
  dir: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received += 1;
        const name = `${Date.now()}-${String(received).padStart(5, "0")}.eml`;
        writeFileSync(path.join(dir, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every message in `dir` so far, parsed, oldest first. */
export async function readMailbox(dir: string): Promise<ParsedMail[]> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  return Promise.all(names.map((name) => simpleParser(readFileSync(path.join(dir, name)))));
}

const addressesOf = (mail: ParsedMail) =>
  [mail.to ?? []].flat().flatMap((group) => group.value.map((one) => one.address?.toLowerCase()));

/**
 * Waits (up to `timeoutMs`) until `count` messages to `to` whose subject matches have arrived,
 * and returns them.
 */
export async function waitForMail(
  dir: string,
  to: string,
  subject: RegExp,
  { count = 1, timeoutMs = 15_000 } = {},
): Promise<ParsedMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const matching = (await readMailbox(dir)).filter(
      (mail) => addressesOf(mail).includes(to.toLowerCase()) && subject.test(mail.subject ?? ""),
    );
    if (matching.length >= count) return matching;
    if (Date.now() > deadline) {
      throw new Error(`no ${count} mail(s) to ${to} matching ${subject} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The links in a message's text. */
export function linksIn(mail: ParsedMail): string[] {
  return [...(mail.text ?? "").matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
}

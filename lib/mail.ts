import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import type { Lang } from "@/lib/i18n/languages";
import { mirrorsMailFooter } from "@/lib/settings/mirror-notes";
import { getMirrorSettings } from "@/lib/settings/queries";

/** `lang`: the language the text is written in; the footer every message ends with follows it. */
export type MailMessage = { to: string | string[]; subject: string; text: string; lang: Lang };

const globalForMail = globalThis as unknown as {
  mailTransport?: Transporter | null;
  mailOffLogged?: boolean;
};

function getTransport(): Transporter | null {
  if (globalForMail.mailTransport !== undefined) return globalForMail.mailTransport;
  const { SMTP_URL } = getEnv();
  globalForMail.mailTransport = SMTP_URL
    ? nodemailer.createTransport(SMTP_URL, {
        // A slow mail server must not hold up the moderator who clicked "Approve".
        connectionTimeout: 5_000,
        greetingTimeout: 5_000,
        socketTimeout: 10_000,
      })
    : null;
  return globalForMail.mailTransport;
}

/** Replaces the transport (tests use nodemailer's JSON transport); null turns mail off. */
export function setMailTransport(transport: Transporter | null | undefined): void {
  globalForMail.mailTransport = transport;
}

export function isMailEnabled(): boolean {
  return getTransport() !== null;
}

/** "Blocked? Read us here" with the mirrors and onion address, or "" (none, or unreadable). */
async function mirrorsFooter(lang: Lang): Promise<string> {
  try {
    return mirrorsMailFooter(await getMirrorSettings(), lang);
  } catch (error) {
    console.error("[mail] could not read the mirrors:", (error as Error)?.name);
    return "";
  }
}

/**
 * Sends one message when SMTP is configured, ending with the site's mirrors and onion address
 * when it has any. Mail is a courtesy: a failure is logged and
 * reported as false, never thrown into the action that triggered it.
 */
export async function sendMail(message: MailMessage): Promise<boolean> {
  const transport = getTransport();
  if (!transport) {
    if (!globalForMail.mailOffLogged) {
      globalForMail.mailOffLogged = true;
      console.info("Mail is off: set SMTP_URL (and SMTP_FROM) to send notifications.");
    }
    return false;
  }
  try {
    await transport.sendMail({
      from: getEnv().SMTP_FROM ?? "Campaign News <no-reply@localhost>",
      to: message.to,
      subject: message.subject,
      text: `${message.text}${await mirrorsFooter(message.lang)}`,
    });
    return true;
  } catch (error) {
    // Never the subject, the address or the error object: a bounce quotes the address, and a
    // subject can name the petition someone signed.
    const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
    const kind = typeof code === "string" ? code : "error";
    const reply = typeof responseCode === "number" ? responseCode : "";
    console.error("[mail] could not send:", kind, reply);
    return false;
  }
}

import "server-only";
import {
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import { type PendingTicket, setTicketChallenge } from "@/lib/auth/tickets";
import { replaceRecoveryCodes } from "@/lib/auth/two-factor/recovery";
import { assertNotLastFactor } from "@/lib/auth/two-factor/service";
import { getDb } from "@/lib/db";
import { getSiteUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { seal, unseal } from "@/lib/secrets";
import { getSiteSettings } from "@/lib/settings/queries";

const t = () => staffMessages().securityKeys;

/** How long a browser may take between asking to add a key and sending the key's answer. */
export const REGISTRATION_TTL_MS = 5 * 60 * 1000;
const SEAL_PURPOSE = "webauthn-registration";
/** How long the browser's own prompt waits for the key (it may take a while to find one). */
const CEREMONY_TIMEOUT_MS = 2 * 60 * 1000;

const TRANSPORTS: readonly AuthenticatorTransportFuture[] = [
  "ble",
  "cable",
  "hybrid",
  "internal",
  "nfc",
  "smart-card",
  "usb",
];

function transportsOf(stored: string[]): AuthenticatorTransportFuture[] {
  return TRANSPORTS.filter((transport) => stored.includes(transport));
}

/**
 * The relying party, from the site's public address (SITE_URL, or http://localhost:PORT): keys
 * are bound to its host name, and their answers must come from its origin.
 */
function relyingParty(): { rpID: string; origin: string } {
  const url = new URL(getSiteUrl());
  return { rpID: url.hostname, origin: url.origin };
}

export type SecurityKeyRow = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** The actor's own security keys and passkeys, oldest first. */
export async function listSecurityKeys(actor: Actor): Promise<SecurityKeyRow[]> {
  return getDb().securityKey.findMany({
    where: { userId: actor.id },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * What the browser needs to make a new credential for the actor's account. Keys already added
 * are excluded (the browser then says so instead of making a second credential on one key).
 * `pending` is the challenge, sealed with the account and an expiry, for the caller to keep
 * in an httpOnly cookie until the answer comes back.
 */
export async function beginKeyRegistration(
  actor: Actor,
  now = Date.now(),
): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; pending: string }> {
  const [keys, settings] = await Promise.all([
    getDb().securityKey.findMany({
      where: { userId: actor.id },
      select: { id: true, transports: true },
    }),
    getSiteSettings(),
  ]);
  const options = await generateRegistrationOptions({
    rpName: settings.title,
    rpID: relyingParty().rpID,
    userName: actor.email,
    userDisplayName: actor.name,
    // The account id as the user handle: a passkey made again for this account replaces the
    // old one on the device instead of sitting beside it.
    userID: new TextEncoder().encode(actor.id),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: "none",
    excludeCredentials: keys.map((key) => ({
      id: key.id,
      transports: transportsOf(key.transports),
    })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  const pending = seal(SEAL_PURPOSE, {
    userId: actor.id,
    challenge: options.challenge,
    expiresAt: now + REGISTRATION_TTL_MS,
  });
  return { options, pending };
}

/** The challenge sealed by `beginKeyRegistration` for this account, or null (altered, expired). */
function openPending(actor: Actor, pending: string | undefined, now: number): string | null {
  const data = unseal(SEAL_PURPOSE, pending) as {
    userId?: unknown;
    challenge?: unknown;
    expiresAt?: unknown;
  } | null;
  if (!data || data.userId !== actor.id || typeof data.challenge !== "string") return null;
  if (typeof data.expiresAt !== "number" || data.expiresAt <= now) return null;
  return data.challenge;
}

/**
 * Checks the browser's answer against the challenge the actor was given and stores the new key
 * under `name`. When the account has no unused recovery codes yet (this is its first second
 * factor), ten are made and returned, to be shown this once; otherwise the list is empty.
 */
export async function finishKeyRegistration(
  actor: Actor,
  input: { name: string; response: RegistrationResponseJSON; pending: string | undefined },
  now = Date.now(),
): Promise<{ codes: string[] }> {
  const challenge = openPending(actor, input.pending, now);
  if (!challenge) throw new AppError("INVALID", t().addExpired);
  const { rpID, origin } = relyingParty();
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      // A second factor after the password: a touch is enough, a PIN or fingerprint is welcome.
      requireUserVerification: false,
    });
  } catch {
    throw new AppError("INVALID", t().addFailed);
  }
  if (!verified.verified) throw new AppError("INVALID", t().addFailed);
  const { credential } = verified.registrationInfo;
  return getDb().$transaction(async (tx) => {
    const existing = await tx.securityKey.findUnique({
      where: { id: credential.id },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", t().alreadyAdded);
    await tx.securityKey.create({
      data: {
        id: credential.id,
        userId: actor.id,
        name: input.name,
        publicKey: credential.publicKey,
        counter: BigInt(credential.counter),
        transports: transportsOf(credential.transports ?? []),
      },
    });
    const codesLeft = await tx.recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
    const codes = codesLeft === 0 ? await replaceRecoveryCodes(tx, actor.id) : [];
    await recordAudit(
      actor,
      {
        action: "user.security_key_add",
        targetType: "User",
        targetId: actor.id,
        summary: `${actor.email} added the security key “${input.name}”`,
        details: { name: input.name, transports: transportsOf(credential.transports ?? []) },
      },
      tx,
    );
    return { codes };
  });
}

/**
 * Removes one of the actor's own keys and returns its name. Refused when the policy holds the
 * account to a second factor and this is the last one.
 */
export async function removeSecurityKey(actor: Actor, keyId: string): Promise<string> {
  const key = await getDb().securityKey.findFirst({
    where: { id: keyId, userId: actor.id },
    select: { id: true, name: true },
  });
  if (!key) throw new AppError("NOT_FOUND", t().notFound);
  await assertNotLastFactor(actor, "security-key");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.securityKey.deleteMany({ where: { id: key.id, userId: actor.id } });
    if (count === 0) throw new AppError("NOT_FOUND", t().notFound);
    await recordAudit(
      actor,
      {
        action: "user.security_key_remove",
        targetType: "User",
        targetId: actor.id,
        summary: `${actor.email} removed the security key “${key.name}”`,
        details: { name: key.name },
      },
      tx,
    );
  });
  return key.name;
}

/**
 * What the browser needs to ask for one of the ticket's account's keys at the second step. The
 * challenge is kept on the ticket, replacing any earlier one. Null when the account has no key.
 */
export async function beginKeySignIn(
  ticket: PendingTicket,
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const keys = await getDb().securityKey.findMany({
    where: { userId: ticket.userId },
    select: { id: true, transports: true },
  });
  if (keys.length === 0) return null;
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    allowCredentials: keys.map((key) => ({ id: key.id, transports: transportsOf(key.transports) })),
    timeout: CEREMONY_TIMEOUT_MS,
    // The password came first: presence is the second factor, as SimpleWebAuthn advises for 2FA.
    userVerification: "discouraged",
  });
  await setTicketChallenge(ticket.id, options.challenge);
  return options;
}

/**
 * Whether the browser's answer proves one of the ticket's account's keys, for `attemptSecondStep`.
 * The ticket's challenge is used up first, whatever the outcome, so an answer is never accepted
 * twice; on success the key's counter and last use are recorded.
 */
export async function checkKeySignIn(
  ticket: PendingTicket,
  response: AuthenticationResponseJSON | null,
  now = new Date(),
): Promise<boolean> {
  const challenge = ticket.challenge;
  if (!challenge) return false;
  const { count: taken } = await getDb().signInTicket.updateMany({
    where: { id: ticket.id, challenge },
    data: { challenge: null },
  });
  if (taken !== 1 || !response) return false;
  const key = await getDb().securityKey.findFirst({
    where: { id: response.id, userId: ticket.userId },
    select: { id: true, publicKey: true, counter: true, transports: true },
  });
  if (!key) return false;
  const { rpID, origin } = relyingParty();
  let verified;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: key.id,
        publicKey: key.publicKey,
        counter: Number(key.counter),
        transports: transportsOf(key.transports),
      },
      requireUserVerification: false,
    });
  } catch {
    return false;
  }
  if (!verified.verified) return false;
  // The library refuses a counter that did not go up (a cloned key), unless the key keeps none.
  await getDb().securityKey.update({
    where: { id: key.id },
    data: { counter: BigInt(verified.authenticationInfo.newCounter), lastUsedAt: now },
  });
  return true;
}

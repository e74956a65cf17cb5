import "server-only";
import { getDb } from "@/lib/db";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { isMailEnabled } from "@/lib/mail";
import { hitRateLimit } from "@/lib/rate-limit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Lang } from "@/lib/i18n/languages";
import { type SignRefusal, petitionMessages } from "@/lib/i18n/messages/petitions";
import { SignFormSchema, type SignFormInput } from "@/lib/petitions/sign-schema";
import { sendSignatureMail } from "@/lib/petitions/mail";
import {
  SIGN_TOKEN_MAX_AGE_MS,
  checkSignToken,
  signerEmailHash,
  signerIpKey,
  signerRateKey,
} from "@/lib/petitions/tokens";
import { trimmedOnConfirm } from "@/lib/petitions/confirm";

/** A refusal the signer can act on, named by its key so the form shows it in their language. */
export class SignRefusedError extends AppError {
  constructor(
    code: AppErrorCode,
    readonly reason: SignRefusal,
    readonly minutes = 1,
    readonly fieldReasons: Record<string, SignRefusal[]> = {},
  ) {
    super(code, refusalText("en", reason, minutes));
  }

  localizedFieldErrors(lang: Lang): Record<string, string[]> {
    return Object.fromEntries(
      Object.entries(this.fieldReasons).map(([field, reasons]) => [
        field,
        reasons.map((reason) => refusalText(lang, reason)),
      ]),
    );
  }
}

export function refusalText(lang: Lang, reason: SignRefusal, minutes = 1): string {
  const text = petitionMessages[lang].refusals[reason];
  return typeof text === "function" ? text({ minutes }) : text;
}

function isRefusal(value: string): value is SignRefusal {
  return Object.hasOwn(petitionMessages.en.refusals, value);
}

const SIGN_RATE_LIMITS = {
  ip: { limit: 10, windowSeconds: 10 * 60 },
  email: { limit: 3, windowSeconds: 60 * 60 },
} as const;

export type SignContext = { ip: string | null; lang: Lang; now?: Date };

/**
 * Takes a signature. Whatever happens to the address (new, waiting for confirmation, already
 * confirmed) the answer is the same, and so is the work the signer sees: an email goes to the
 * address in every case, and only its owner learns which one it was. A filled honeypot gets the
 * same answer and stores nothing. Returns the petition's slug, for the "check your email" page.
 */
export async function signPetition(raw: SignFormInput, context: SignContext): Promise<string> {
  const now = context.now ?? new Date();
  const parsed = SignFormSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldReasons: Record<string, SignRefusal[]> = {};
    for (const issue of parsed.error.issues) {
      const reason = isRefusal(issue.message) ? issue.message : "checkFields";
      (fieldReasons[issue.path.join(".") || "_form"] ??= []).push(reason);
    }
    throw new SignRefusedError("INVALID", "checkFields", 1, fieldReasons);
  }
  const input = parsed.data;
  const db = getDb();
  const petition = await db.petition.findUnique({
    where: { id: input.petitionId },
    select: { id: true, slug: true, status: true, endsAt: true, signerDisplay: true },
  });
  if (!petition || petition.status !== "OPEN" || (petition.endsAt && petition.endsAt <= now)) {
    throw new SignRefusedError("INVALID", "closed");
  }
  // Without mail no one could confirm: nothing is stored that could never count.
  if (!isMailEnabled()) throw new SignRefusedError("INVALID", "mailOff");
  // A program that filled the hidden field learns nothing from the answer.
  if (input.website.trim() !== "") return petition.slug;

  const token = checkSignToken(input.token, petition.id, now);
  if (!token.ok) {
    const reason =
      token.reason === "too-fast"
        ? "tooFast"
        : token.reason === "expired"
          ? "tokenExpired"
          : "tokenInvalid";
    throw new SignRefusedError("INVALID", reason);
  }
  if (await db.usedToken.findUnique({ where: { id: token.nonce }, select: { id: true } })) {
    throw new SignRefusedError("INVALID", "tokenUsed");
  }

  const limits: [string, { limit: number; windowSeconds: number }][] = [
    [`petition:email:${signerRateKey(input.email)}`, SIGN_RATE_LIMITS.email],
  ];
  if (context.ip) limits.push([`petition:ip:${signerIpKey(context.ip, now)}`, SIGN_RATE_LIMITS.ip]);
  for (const [key, { limit, windowSeconds }] of limits) {
    const hit = await hitRateLimit(key, limit, windowSeconds);
    if (!hit.allowed) {
      throw new SignRefusedError(
        "RATE_LIMITED",
        "rateLimited",
        Math.ceil(hit.retryAfterSeconds / 60),
      );
    }
  }

  const emailHash = signerEmailHash(petition.id, input.email);
  // Stored already as it will be kept (confirm.ts): the email goes to the address as typed.
  const typed = {
    ...trimmedOnConfirm(petition.signerDisplay, {
      email: input.email,
      name: input.name,
      country: input.country,
      city: input.city,
      comment: input.comment,
      showName: input.showName,
      mayEmail: input.mayEmail,
    }),
    showName: petition.signerDisplay !== "COUNT_ONLY" && input.showName,
    mayEmail: petition.signerDisplay !== "COUNT_ONLY" && input.mayEmail,
    language: context.lang,
  };
  const signature = await db
    .$transaction(async (tx) => {
      // Inserting the nonce is what makes the token single-use, even for two forms racing.
      await tx.usedToken.create({
        data: { id: token.nonce, expiresAt: new Date(token.issuedAt + SIGN_TOKEN_MAX_AGE_MS) },
      });
      // ON CONFLICT DO NOTHING: two signatures of one address racing both end up here.
      const { count } = await tx.petitionSignature.createMany({
        data: [{ ...typed, petitionId: petition.id, emailHash, createdAt: now }],
        skipDuplicates: true,
      });
      const row = await tx.petitionSignature.findUniqueOrThrow({
        where: { petitionId_emailHash: { petitionId: petition.id, emailHash } },
        select: { id: true, status: true },
      });
      // Signing again before confirming: the latest details count, and a new email goes out. Run
      // on every path (a new row is written again, a confirmed one is left alone by the
      // condition), so no answer takes measurably longer than another.
      await tx.petitionSignature.updateMany({
        where: { id: row.id, status: "PENDING" },
        data: { ...typed, createdAt: now },
      });
      return { id: row.id, already: count === 0 && row.status === "CONFIRMED" };
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new SignRefusedError("INVALID", "tokenUsed");
      }
      throw error;
    });
  // The email goes out after the answer, so how long it takes tells nothing either.
  void sendSignatureMail({
    signatureId: signature.id,
    to: input.email,
    lang: context.lang,
    kind: signature.already ? "already" : "confirm",
  });
  return petition.slug;
}

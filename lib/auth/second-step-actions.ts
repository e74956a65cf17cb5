"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { checkCode } from "@/lib/auth/second-step";
import { TICKET_COOKIE, finishSignIn } from "@/lib/auth/sign-in-flow";

export type SecondStepState = { error?: string; expired?: boolean };

const CodeSchema = z.object({
  method: z.enum(["totp", "recovery"]),
  code: z.string().trim().min(1).max(64),
});

/** The second step's form: a code from the authenticator app, or a recovery code. */
export async function verifyCodeAction(
  _previous: SecondStepState,
  formData: FormData,
): Promise<SecondStepState> {
  const parsed = CodeSchema.safeParse({
    method: formData.get("method"),
    code: formData.get("code") ?? "",
  });
  const token = (await cookies()).get(TICKET_COOKIE)?.value;
  if (!parsed.success) {
    const method = formData.get("method") === "recovery" ? "recovery" : "totp";
    const result = await checkCode(token, method, "");
    return result.ok ? {} : { error: result.message, expired: result.reason === "expired" };
  }
  const result = await checkCode(token, parsed.data.method, parsed.data.code);
  if (!result.ok) return { error: result.message, expired: result.reason === "expired" };
  return finishSignIn(token!, result.ticket.callbackUrl);
}

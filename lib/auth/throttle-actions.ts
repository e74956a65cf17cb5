"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { liftSignInThrottle } from "@/lib/auth/throttles";
import { staffAction } from "@/lib/server-action";

/** Lets a throttled account be signed in to again at once (user:manage). */
export const liftSignInThrottleAction = staffAction({
  name: "liftSignInThrottleAction",
  permission: "user:manage",
  schema: z.object({ email: z.string().trim().min(1).max(254) }),
  async run(actor, { email }) {
    await liftSignInThrottle(actor, email);
    refresh();
    return { message: `${email} can sign in again from every address.` };
  },
});

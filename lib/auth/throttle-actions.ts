"use server";

import { z } from "zod";
import { liftSignInThrottle } from "@/lib/auth/throttles";
import { refreshStaffPage } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

/** Lets a throttled account be signed in to again at once (user:manage). */
export const liftSignInThrottleAction = staffAction({
  name: "liftSignInThrottleAction",
  permission: "user:manage",
  schema: z.object({ email: z.string().trim().min(1).max(254) }),
  async run(actor, { email }) {
    await liftSignInThrottle(actor, email);
    refreshStaffPage();
    return { message: `${email} can sign in again from every address.` };
  },
});

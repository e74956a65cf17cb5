"use server";

import { z } from "zod";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { parseEmbedUrl } from "@/lib/embeds/providers";
import { fetchEmbedThumbnail } from "@/lib/embeds/thumbnail";

const UrlSchema = z.string().trim().min(1).max(2000);

type ThumbnailResult = Awaited<ReturnType<typeof fetchEmbedThumbnail>>;

/**
 * The embed dialog's thumbnail fetch: null when the address is not one we embed, the person may
 * not upload media (checked here, and again by the service), or the provider gives nothing.
 */
export async function fetchEmbedThumbnailAction(url: unknown): Promise<ThumbnailResult> {
  const actor = await getActor();
  if (!actor || !can(actor, "media:upload")) return null;
  const parsed = UrlSchema.safeParse(url);
  const ref = parsed.success ? parseEmbedUrl(parsed.data) : null;
  return ref ? fetchEmbedThumbnail(actor, ref) : null;
}

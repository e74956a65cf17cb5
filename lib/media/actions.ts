"use server";

import { z } from "zod";
import { MediaDetailsSchema } from "@/lib/media/schemas";
import { deleteMedia, updateMediaDetails } from "@/lib/media/service";
import { refreshStaffPage, revalidateMedia } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

const id = z.string().min(1).max(64);

/** Alt text and credit of one image. */
export const updateMediaAction = staffAction({
  name: "updateMediaAction",
  permission: "media:upload",
  schema: MediaDetailsSchema.extend({ id }),
  async run(actor, { id: mediaId, ...details }) {
    await updateMediaDetails(actor, mediaId, details);
    revalidateMedia();
    return { message: "Saved." };
  },
});

export const deleteMediaAction = staffAction({
  name: "deleteMediaAction",
  permission: "media:manage",
  schema: z.object({ id }),
  async run(actor, { id: mediaId }) {
    await deleteMedia(actor, mediaId);
    revalidateMedia();
    refreshStaffPage();
    return { message: "Deleted." };
  },
});

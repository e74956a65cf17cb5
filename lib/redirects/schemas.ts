import { z } from "zod";
import { staffMessages } from "@/lib/i18n/messages/staff";

const t = staffMessages().redirects.errors;

/** How many redirects the staff list shows per page. */
export const REDIRECT_PAGE_SIZE = 50;

const address = (required: string) =>
  z.string({ error: required }).trim().min(1, required).max(2_000, t.tooLong);

const id = z.string().trim().min(1).max(64);

/** The add form: an old address, and the new one as typed (see resolveTargetInput). */
export const RedirectInputSchema = z.object({
  fromPath: address(t.fromRequired),
  target: address(t.targetRequired),
});
export type RedirectInput = z.infer<typeof RedirectInputSchema>;

/** The edit form: only where a redirect leads changes; its old address is what it is. */
export const RedirectTargetUpdateSchema = z.object({ id, target: address(t.targetRequired) });

export const RedirectIdSchema = z.object({ id });

export const RedirectIdsSchema = z.object({
  ids: z.array(id, { error: t.selectSome }).min(1, t.selectSome).max(200, t.tooMany),
});

/** The list's search and page, from the address bar: anything odd falls back to no filter. */
export const RedirectListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type RedirectListFilters = z.infer<typeof RedirectListFiltersSchema>;

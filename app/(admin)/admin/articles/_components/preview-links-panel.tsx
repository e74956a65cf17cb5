import { Badge } from "@/components/admin/badge";
import { Table, Td, Th } from "@/components/admin/table";
import { type PreviewLinkStatus, listPreviewLinks } from "@/lib/articles/preview-links";
import type { Actor } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { getSiteSettings } from "@/lib/settings/queries";
import { CreatePreviewLinkForm } from "./create-preview-link-form";
import { RevokePreviewLinkForm } from "./revoke-preview-link-form";

const STATUS_TONE: Record<PreviewLinkStatus, "good" | "neutral" | "bad"> = {
  active: "good",
  expired: "neutral",
  revoked: "bad",
};

/**
 * "Share preview": makes an expiring link a reviewer outside the staff opens without signing in,
 * and lists the article's links with who made them, when they expire, when they were last
 * opened, and a Revoke button while they are open.
 */
export async function PreviewLinksPanel({ actor, articleId }: { actor: Actor; articleId: string }) {
  const t = staffMessages();
  const [links, settings] = await Promise.all([
    listPreviewLinks(actor, articleId),
    getSiteSettings(),
  ]);
  const format = new Intl.DateTimeFormat(t.common.intl, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: settings.timeZone,
  });
  return (
    <section
      aria-labelledby="preview-links-heading"
      className="border-line mt-8 space-y-4 rounded border bg-white p-4"
    >
      <h2 id="preview-links-heading" className="text-lg font-semibold">
        {t.previewLinks.heading}
      </h2>
      <p className="text-muted text-sm">{t.previewLinks.description}</p>
      <CreatePreviewLinkForm articleId={articleId} timeZone={settings.timeZone} />
      {links.length === 0 ? (
        <p className="text-sm">{t.previewLinks.none}</p>
      ) : (
        <Table caption={t.previewLinks.caption}>
          <thead>
            <tr>
              <Th>{t.previewLinks.forWhom}</Th>
              <Th>{t.previewLinks.createdBy}</Th>
              <Th>{t.previewLinks.expires}</Th>
              <Th>{t.previewLinks.lastUsed}</Th>
              <Th>{t.previewLinks.status}</Th>
              <Th>
                <span className="sr-only">{t.common.actions}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => {
              const label = link.label || t.previewLinks.noLabel;
              return (
                <tr key={link.id}>
                  <Td className={link.label ? "" : "text-muted"}>{label}</Td>
                  <Td>{t.previewLinks.byline(link.createdBy, format.format(link.createdAt))}</Td>
                  <Td>{format.format(link.expiresAt)}</Td>
                  <Td>{link.lastUsedAt ? format.format(link.lastUsedAt) : t.previewLinks.never}</Td>
                  <Td>
                    <Badge tone={STATUS_TONE[link.status]}>
                      {t.previewLinks.statuses[link.status]}
                    </Badge>
                  </Td>
                  <Td>
                    {link.status === "active" ? (
                      <RevokePreviewLinkForm articleId={articleId} linkId={link.id} label={label} />
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}

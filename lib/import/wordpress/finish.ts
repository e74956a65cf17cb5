import { randomUUID } from "node:crypto";
import type { ImportContext } from "@/lib/import/wordpress/context";
import { importedMap } from "@/lib/import/wordpress/imported";
import type { AttachmentPage } from "@/lib/import/wordpress/media";
import { writeRedirects, writeSiteRedirects } from "@/lib/import/wordpress/old-paths";
import { noteImportFinished } from "@/lib/import/wordpress/refresh";

/** Polylang or WPML groups: articles in different languages become translations of one another. */
async function linkTranslations(context: ImportContext) {
  const { db } = context;
  for (const [key, ids] of context.translationGroups) {
    if (ids.length < 2) continue;
    const articles = await db.article.findMany({
      where: { id: { in: ids } },
      select: { id: true, language: true, translationGroupId: true, title: true },
    });
    const groupId =
      articles.find((article) => article.translationGroupId)?.translationGroupId ?? randomUUID();
    const languages = new Set<string>();
    const members = articles.filter((article) => {
      if (languages.has(article.language)) {
        context.problem(
          `translation group ${key}`,
          `two items in ${article.language}; "${article.title}" was left out of it`,
        );
        return false;
      }
      languages.add(article.language);
      return true;
    });
    if (members.length < 2) continue;
    await db.article.updateMany({
      where: { id: { in: members.map((article) => article.id) } },
      data: { translationGroupId: groupId },
    });
    context.report.translationsLinked += 1;
  }
}

/** What can only be done once every item is in: attachment pages, translations, the site's feeds. */
export async function finishImport(context: ImportContext, pages: AttachmentPage[]): Promise<void> {
  if (context.options.dryRun) return;
  const { db } = context;
  const articles = await importedMap(db, context, "POST");
  for (const page of pages) {
    const articleId = articles.get(page.parentId);
    const article = articleId
      ? await db.article.findUnique({ where: { id: articleId }, select: { id: true } })
      : null;
    if (article) await writeRedirects(db, context, page.paths, { articleId: article.id }, "");
    else if (page.mediaSrc)
      await writeRedirects(db, context, page.paths, { toPath: page.mediaSrc }, page.mediaSrc);
  }
  await linkTranslations(context);
  await writeSiteRedirects(db, context);
  await noteImportFinished(db);
}

import type { Metadata } from "next";
import Link from "next/link";
import { ArticleForm } from "@/app/(admin)/admin/articles/_components/article-form";
import { ArticleLifecycle } from "@/app/(admin)/admin/articles/_components/article-lifecycle";
import { Badge } from "@/components/admin/badge";
import { PageHeader } from "@/components/admin/page-header";
import { getArticleForEdit } from "@/lib/articles/admin-queries";
import { getNewerAutosave } from "@/lib/articles/autosave";
import { getTranslationGroup } from "@/lib/articles/translations";
import { articleLang } from "@/lib/articles/view";
import { requireAdminPage } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { articlePath } from "@/lib/urls";
import { loadEditorOptions, pageErrorOf, scheduleValue } from "../_components/editor-data";
import { PreviewLinksPanel } from "../_components/preview-links-panel";
import { TranslationsPanel } from "../_components/translations-panel";

export const metadata: Metadata = { title: staffMessages().editor.editArticle };

/** The notice for `?saved=…`: what was just done, or plain "Saved." for anything else. */
function savedNotice(saved: string): string {
  const notices = staffMessages().editor.saved;
  return Object.hasOwn(notices, saved) ? notices[saved as keyof typeof notices] : notices.save;
}

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requireAdminPage("article:create");
  const t = staffMessages().editor;
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const article = await getArticleForEdit(actor, id).catch(pageErrorOf);
  const [options, group, autosave] = await Promise.all([
    loadEditorOptions(actor),
    getTranslationGroup(actor, article.id),
    getNewerAutosave(actor, article.id),
  ]);
  const language = articleLang(article.language);
  const isPage = article.kind === "PAGE";
  return (
    <>
      <PageHeader
        title={isPage ? t.editPage : t.editArticle}
        description={
          <>
            {t.byline(article.author.name)}{" "}
            {article.status === "PUBLISHED" ? (
              <Link
                href={articlePath(article.kind, article.slug, {
                  lang: language,
                  defaultLang: options.defaultLanguage,
                })}
                className="text-accent underline"
              >
                {t.viewOnSite}
              </Link>
            ) : (
              <Badge tone="warn">{t.notPublic}</Badge>
            )}
          </>
        }
        actions={
          <>
            <Link
              href={`/admin/articles/${id}/preview`}
              className="text-accent font-semibold underline"
              target="_blank"
            >
              {t.preview}
            </Link>
            <Link
              href={`/admin/articles/${id}/revisions`}
              className="text-accent font-semibold underline"
            >
              {t.revisions}
            </Link>
          </>
        }
      />
      <ArticleForm
        key={article.updatedAt.toISOString()}
        article={{
          id: article.id,
          kind: article.kind,
          status: article.status,
          updatedAt: article.updatedAt.toISOString(),
          title: article.title,
          slug: article.slug,
          excerpt: article.excerpt,
          body: article.body,
          coverImageId: article.coverImageId ?? "",
          coverCaption: article.coverCaption,
          coverCredit: article.coverCredit,
          categoryIds: article.terms.filter((t) => t.taxonomy === "CATEGORY").map((t) => t.id),
          regionIds: article.terms.filter((t) => t.taxonomy === "REGION").map((t) => t.id),
          personIds: article.people.map((person) => person.id),
          tags: article.terms
            .filter((t) => t.taxonomy === "TAG")
            .map((t) => t.name)
            .join(", "),
          isFeatured: article.isFeatured,
          commentsOpen: article.commentsOpen,
          seoTitle: article.seoTitle,
          seoDescription: article.seoDescription,
          language: article.language,
          scheduleAt:
            article.status === "SCHEDULED"
              ? scheduleValue(article.publishedAt, options.timeZone)
              : "",
        }}
        canPublish={can(actor, "article:publish")}
        savedNotice={saved ? savedNotice(saved) : undefined}
        serverAutosave={
          autosave
            ? { savedAt: autosave.savedAt.toISOString(), values: autosave.values }
            : undefined
        }
        {...options}
      />
      <TranslationsPanel
        articleId={article.id}
        language={language}
        members={group.members}
        missing={group.missing}
      />
      <PreviewLinksPanel actor={actor} articleId={article.id} />
      <ArticleLifecycle
        id={article.id}
        kind={article.kind}
        status={article.status}
        canTrash={can(actor, "article:trash")}
        canPurge={can(actor, "article:purge")}
      />
    </>
  );
}

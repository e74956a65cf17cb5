"use client";

import Link from "next/link";
import { useActionState, useRef, useState } from "react";
import { SubmitButton } from "@/components/admin/button";
import { CheckboxField, Field, TextareaField } from "@/components/admin/field";
import { Flash, FormMessage } from "@/components/admin/form-message";
import { type PickerImage, RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { SeoPreview } from "@/components/admin/articles/seo-preview";
import { useUnsavedWork } from "@/components/admin/articles/use-unsaved-work";
import { type ArticleFormState, saveArticleAction } from "@/lib/articles/actions";
import { toSlug } from "@/lib/articles/slug";

export type ArticleFormData = {
  id?: string;
  kind: "POST" | "PAGE";
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "TRASH";
  updatedAt?: string;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  coverImageId: string;
  coverCaption: string;
  coverCredit: string;
  categoryIds: string[];
  regionIds: string[];
  tags: string;
  isFeatured: boolean;
  commentsOpen: boolean;
  seoTitle: string;
  seoDescription: string;
  language: string;
  /** `datetime-local` value in the site's time zone. */
  scheduleAt: string;
};

type Props = {
  article: ArticleFormData;
  categories: { id: string; name: string; depth: number }[];
  regions: { id: string; name: string }[];
  images: PickerImage[];
  canPublish: boolean;
  siteUrl: string;
  timeZone: string;
  savedNotice?: string;
};

const initialState: ArticleFormState = { ok: false };

export function ArticleForm(props: Props) {
  const [state, formAction] = useActionState(saveArticleAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const draftKey = `article-draft:${props.article.id ?? `new-${props.article.kind}`}`;
  const { restored, restoredAt, discardRestored, markSubmitting, formKey } = useUnsavedWork(
    formRef,
    draftKey,
    !!props.savedNotice,
  );
  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      onSubmit={markSubmitting}
      className="space-y-6"
      noValidate
    >
      {props.savedNotice ? <Flash>{props.savedNotice}</Flash> : null}
      {restoredAt ? (
        <div
          role="status"
          className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-900"
        >
          Unsaved changes from {restoredAt} were restored from this browser. Save to keep them, or{" "}
          <button type="button" className="font-semibold underline" onClick={discardRestored}>
            discard them
          </button>
          .
        </div>
      ) : null}
      <FormMessage result={state} />
      {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
      <Fields {...props} state={state} restored={restored} />
    </form>
  );
}

function ConflictNotice({ conflict }: { conflict: NonNullable<ArticleFormState["conflict"]> }) {
  const base = `/admin/articles/${conflict.articleId}`;
  return (
    <div className="border-accent rounded border-2 bg-white p-3 text-sm">
      <p className="font-semibold">Both versions are kept.</p>
      <ul className="mt-1 list-disc pl-5">
        <li>
          <Link className="text-accent underline" href={`${base}/preview`} target="_blank">
            See their version (preview)
          </Link>
        </li>
        <li>
          <Link
            className="text-accent underline"
            href={`${base}/revisions/compare?to=${conflict.revisionId}`}
            target="_blank"
          >
            Compare their version with yours
          </Link>
        </li>
      </ul>
      <div className="mt-2 flex items-center gap-2">
        <input
          type="checkbox"
          id="overwriteWith"
          name="overwriteWith"
          value={conflict.theirUpdatedAt}
          className="size-5"
        />
        <label htmlFor="overwriteWith" className="font-semibold">
          Save my version over theirs
        </label>
      </div>
    </div>
  );
}

function Fields({
  article,
  categories,
  regions,
  images,
  canPublish,
  siteUrl,
  timeZone,
  state,
  restored,
}: Props & { state: ArticleFormState; restored: Record<string, string[]> | null }) {
  const errors = state.ok ? undefined : state.fieldErrors;
  const value = (name: string, fallback: string): string =>
    restored?.[name]?.join(",") ?? state.values?.[name] ?? fallback;
  const list = (name: "categoryIds" | "regionIds"): string[] =>
    restored?.[name] ?? (state.values ? (state.values[name]?.split(",") ?? []) : article[name]);
  const checked = (name: "isFeatured" | "commentsOpen"): boolean =>
    restored
      ? restored[name]?.[0] === "on"
      : state.values
        ? state.values[name] === "on"
        : article[name];

  const [title, setTitle] = useState(value("title", article.title));
  const [slug, setSlug] = useState(value("slug", article.slug));
  const [seo, setSeo] = useState({
    seoTitle: value("seoTitle", article.seoTitle),
    seoDescription: value("seoDescription", article.seoDescription),
    excerpt: value("excerpt", article.excerpt),
  });

  const isPage = article.kind === "PAGE";
  const live = article.status === "PUBLISHED" || article.status === "SCHEDULED";
  const pathPrefix = isPage ? "/" : "/news/";
  const shownSlug = slug ? toSlug(slug) : toSlug(title);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-5">
        {article.id ? <input type="hidden" name="id" value={article.id} /> : null}
        <input type="hidden" name="kind" value={article.kind} />
        <input
          type="hidden"
          name="expectedUpdatedAt"
          value={value("expectedUpdatedAt", article.updatedAt ?? "")}
        />
        <Field
          label="Title"
          name="title"
          required
          defaultValue={value("title", article.title)}
          onChange={(e) => setTitle(e.target.value)}
          errors={errors?.title}
          className="text-lg"
        />
        <Field
          label="Slug (web address)"
          name="slug"
          defaultValue={value("slug", article.slug)}
          placeholder={toSlug(title)}
          onChange={(e) => setSlug(e.target.value)}
          errors={errors?.slug}
          hint={
            <>
              Leave empty to make it from the title. The address will be{" "}
              <span className="font-mono">
                {pathPrefix}
                {shownSlug || "…"}
              </span>
            </>
          }
        />
        <RichTextEditor
          name="body"
          label="Text"
          defaultValue={value("body", article.body)}
          images={images}
          errors={errors?.body}
        />
        <TextareaField
          label="Excerpt"
          name="excerpt"
          rows={3}
          defaultValue={value("excerpt", article.excerpt)}
          onChange={(e) => setSeo((s) => ({ ...s, excerpt: e.target.value }))}
          errors={errors?.excerpt}
          hint="A sentence or two shown in lists and when the link is shared. Plain text."
        />
        <CoverFieldset article={article} images={images} value={value} errors={errors} />
        <fieldset className="border-line space-y-3 rounded border bg-white p-4">
          <legend className="px-1 font-semibold">Search and sharing</legend>
          <Field
            label="SEO title"
            name="seoTitle"
            defaultValue={value("seoTitle", article.seoTitle)}
            onChange={(e) => setSeo((s) => ({ ...s, seoTitle: e.target.value }))}
            errors={errors?.seoTitle}
            hint="Optional; the title is used when empty. About 60 characters show."
          />
          <TextareaField
            label="SEO description"
            name="seoDescription"
            rows={2}
            defaultValue={value("seoDescription", article.seoDescription)}
            onChange={(e) => setSeo((s) => ({ ...s, seoDescription: e.target.value }))}
            errors={errors?.seoDescription}
            hint="Optional; the excerpt is used when empty. About 160 characters show."
          />
          <SeoPreview
            title={seo.seoTitle || title}
            description={seo.seoDescription || seo.excerpt}
            url={`${siteUrl}${pathPrefix}${shownSlug}`}
          />
        </fieldset>
      </div>

      <aside className="space-y-5">
        <WorkflowButtons
          status={article.status}
          canPublish={canPublish}
          live={live}
          scheduleAt={value("scheduleAt", article.scheduleAt)}
          timeZone={timeZone}
          errors={errors}
          isNew={!article.id}
        />
        {categories.length > 0 && !isPage ? (
          <fieldset
            className="border-line rounded border bg-white p-4"
            aria-describedby={errors?.categoryIds ? "categoryIds-error" : undefined}
          >
            <legend className="px-1 font-semibold">Categories</legend>
            <ul className="space-y-1">
              {categories.map((category) => (
                <li key={category.id} style={{ paddingLeft: `${category.depth * 1.25}rem` }}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="categoryIds"
                      value={category.id}
                      defaultChecked={list("categoryIds").includes(category.id)}
                      className="size-4"
                    />
                    {category.name}
                  </label>
                </li>
              ))}
            </ul>
            {errors?.categoryIds ? (
              <p id="categoryIds-error" className="text-accent mt-1 text-sm font-semibold">
                {errors.categoryIds.join(" ")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {regions.length > 0 ? (
          <fieldset
            className="border-line rounded border bg-white p-4"
            aria-describedby={errors?.regionIds ? "regionIds-error" : undefined}
          >
            <legend className="px-1 font-semibold">Regions</legend>
            <ul className="space-y-1">
              {regions.map((region) => (
                <li key={region.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="regionIds"
                      value={region.id}
                      defaultChecked={list("regionIds").includes(region.id)}
                      className="size-4"
                    />
                    {region.name}
                  </label>
                </li>
              ))}
            </ul>
            {errors?.regionIds ? (
              <p id="regionIds-error" className="text-accent mt-1 text-sm font-semibold">
                {errors.regionIds.join(" ")}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <Field
          label="Tags"
          name="tags"
          defaultValue={value("tags", article.tags)}
          errors={errors?.tags}
          hint="Separate tags with commas; new tags are created when you save."
        />
        <fieldset className="border-line space-y-2 rounded border bg-white p-4">
          <legend className="px-1 font-semibold">Options</legend>
          {!isPage ? (
            <CheckboxField
              label="Featured on the home page"
              name="isFeatured"
              defaultChecked={checked("isFeatured")}
            />
          ) : null}
          <CheckboxField
            label="Comments open"
            name="commentsOpen"
            defaultChecked={checked("commentsOpen")}
          />
          <Field
            label="Language code"
            name="language"
            defaultValue={value("language", article.language)}
            errors={errors?.language}
            hint="en, be, ru…"
            className="max-w-40"
          />
        </fieldset>
      </aside>
    </div>
  );
}

function CoverFieldset({
  article,
  images,
  value,
  errors,
}: {
  article: ArticleFormData;
  images: PickerImage[];
  value: (name: string, fallback: string) => string;
  errors?: Record<string, string[]>;
}) {
  const current = value("coverImageId", article.coverImageId);
  return (
    <fieldset
      className="border-line space-y-3 rounded border bg-white p-4"
      aria-describedby={errors?.coverImageId ? "coverImageId-error" : undefined}
    >
      <legend className="px-1 font-semibold">Cover image</legend>
      <div className="grid max-h-72 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-5">
        <label className="border-line has-checked:ring-accent flex items-center justify-center gap-1 rounded border p-2 text-sm has-checked:ring-3">
          <input type="radio" name="coverImageId" value="" defaultChecked={!current} />
          No cover
        </label>
        {images.map((image) => (
          <label
            key={image.id}
            className="border-line has-checked:ring-accent block rounded border p-1 text-xs has-checked:ring-3"
          >
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.src} alt="" className="aspect-video w-full object-cover" />
            <span className="mt-1 flex items-center gap-1">
              <input
                type="radio"
                name="coverImageId"
                value={image.id}
                defaultChecked={current === image.id}
              />
              <span className="truncate">{image.alt || image.name}</span>
            </span>
          </label>
        ))}
      </div>
      {errors?.coverImageId ? (
        <p id="coverImageId-error" className="text-accent text-sm font-semibold">
          {errors.coverImageId.join(" ")}
        </p>
      ) : null}
      <p className="text-muted text-sm">
        New images: upload them in the{" "}
        <Link href="/admin/media" className="text-accent underline" target="_blank">
          media library
        </Link>
        , then reload this page (your text is kept).
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Cover caption"
          name="coverCaption"
          defaultValue={value("coverCaption", article.coverCaption)}
          errors={errors?.coverCaption}
        />
        <Field
          label="Cover credit"
          name="coverCredit"
          defaultValue={value("coverCredit", article.coverCredit)}
          errors={errors?.coverCredit}
          hint="Empty: the credit saved with the image."
        />
      </div>
    </fieldset>
  );
}

function WorkflowButtons({
  status,
  canPublish,
  live,
  scheduleAt,
  timeZone,
  errors,
  isNew,
}: {
  status: ArticleFormData["status"];
  canPublish: boolean;
  live: boolean;
  scheduleAt: string;
  timeZone: string;
  errors?: Record<string, string[]>;
  isNew: boolean;
}) {
  const STATUS_LABELS: Record<ArticleFormData["status"], string> = {
    DRAFT: "Draft",
    IN_REVIEW: "Waiting for review",
    SCHEDULED: "Scheduled",
    PUBLISHED: "Published",
    TRASH: "In the trash",
  };
  return (
    <fieldset className="border-line space-y-3 rounded border bg-white p-4">
      <legend className="px-1 font-semibold">Publishing</legend>
      <p className="text-sm">
        Status: <strong>{isNew ? "New" : STATUS_LABELS[status]}</strong>
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="intent" value="save" variant="secondary" pendingLabel="Saving…">
          {live ? "Update" : "Save draft"}
        </SubmitButton>
        {!canPublish && !live ? (
          <SubmitButton name="intent" value="submit" pendingLabel="Submitting…">
            Submit for review
          </SubmitButton>
        ) : null}
        {canPublish && status !== "PUBLISHED" ? (
          <SubmitButton name="intent" value="publish" pendingLabel="Publishing…">
            Publish now
          </SubmitButton>
        ) : null}
        {canPublish && live ? (
          <SubmitButton
            name="intent"
            value="unpublish"
            variant="secondary"
            pendingLabel="Unpublishing…"
          >
            Unpublish
          </SubmitButton>
        ) : null}
      </div>
      {canPublish ? (
        <div className="border-line border-t pt-3">
          <Field
            label={`Publish at (${timeZone})`}
            name="scheduleAt"
            type="datetime-local"
            defaultValue={scheduleAt}
            errors={errors?.scheduleAt}
          />
          <SubmitButton
            name="intent"
            value="schedule"
            variant="secondary"
            className="mt-2"
            pendingLabel="Scheduling…"
          >
            {status === "SCHEDULED" ? "Reschedule" : "Schedule"}
          </SubmitButton>
        </div>
      ) : (
        <p className="text-muted text-sm">An editor publishes articles once you submit them.</p>
      )}
    </fieldset>
  );
}

"use client";

import { useActionState, useRef, useState } from "react";
import { CheckboxField, Field, SelectField, TextareaField } from "@/components/admin/field";
import { Flash, FormMessage } from "@/components/admin/form-message";
import type { ActionChoices } from "@/components/admin/editor/action-panel";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { ConflictNotice } from "@/app/(admin)/admin/articles/_components/conflict-notice";
import { CoverFieldset } from "@/app/(admin)/admin/articles/_components/cover-fieldset";
import { SeoPreview } from "@/app/(admin)/admin/articles/_components/seo-preview";
import { PeopleChecklist } from "@/app/(admin)/admin/articles/_components/people-checklist";
import { TermChecklist } from "@/app/(admin)/admin/articles/_components/term-checklist";
import { TagInput } from "@/app/(admin)/admin/articles/_components/tag-input";
import { WorkflowButtons } from "@/app/(admin)/admin/articles/_components/workflow-buttons";
import { useUnsavedWork } from "@/app/(admin)/admin/articles/_components/use-unsaved-work";
import { useServerAutosave } from "@/app/(admin)/admin/articles/_components/use-server-autosave";
import {
  AutosaveIndicator,
  RestoredDraftNotice,
  ServerAutosaveOffer,
} from "@/app/(admin)/admin/articles/_components/autosave-notices";
import { type ArticleFormState, saveArticleAction } from "@/lib/articles/actions";
import { toSlug } from "@/lib/articles/slug";
import { staffMessages } from "@/lib/i18n/messages/staff";

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
  personIds: string[];
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
  /** Everyone, by name in the default language, for "People in this story". */
  people: { id: string; name: string }[];
  images: React.ComponentProps<typeof CoverFieldset>["images"];
  /** Petitions (drafts too) for action boxes; the people above are their other targets. */
  petitions: ActionChoices["petitions"];
  canPublish: boolean;
  siteUrl: string;
  timeZone: string;
  /** The site's languages (the select's options) and the one without an address prefix. */
  languages: { code: string; name: string }[];
  defaultLanguage: string;
  savedNotice?: string;
  /** This editor's server autosave when it is newer than the saved version, to offer back. */
  serverAutosave?: { savedAt: string; values: Record<string, string[]> };
};

const initialState: ArticleFormState = { ok: false };

export function ArticleForm(props: Props) {
  const [state, formAction] = useActionState(saveArticleAction, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  // A new article gets its id from its first autosave; the form then saves that article.
  const [created, setCreated] = useState<{ id: string; updatedAt: string } | null>(null);
  const article = created ? { ...props.article, ...created } : props.article;
  const draftKey = `article-draft:${article.id ?? `new-${props.article.kind}`}`;
  const { restored, restoredAt, discardRestored, markSubmitting, formKey, restoreValues } =
    useUnsavedWork(formRef, draftKey, !!props.savedNotice);
  const autosave = useServerAutosave(formRef, formKey, setCreated);
  // The version saved over: the one the first autosave created wins over restored copies ("").
  const stamp =
    created?.updatedAt ??
    (restored?.expectedUpdatedAt?.[0] || state.values?.expectedUpdatedAt || article.updatedAt);
  const indicator = <AutosaveIndicator status={autosave.status} timeZone={props.timeZone} />;
  return (
    <>
      <ServerAutosaveOffer
        articleId={article.id}
        offer={restoredAt ? undefined : props.serverAutosave}
        timeZone={props.timeZone}
        onRestore={restoreValues}
      />
      <form
        key={formKey}
        ref={formRef}
        action={formAction}
        onSubmit={markSubmitting}
        className="space-y-6"
        noValidate
      >
        {props.savedNotice ? <Flash>{props.savedNotice}</Flash> : null}
        <RestoredDraftNotice restoredAt={restoredAt} onDiscard={discardRestored} />
        <input type="hidden" name="expectedUpdatedAt" value={stamp ?? ""} />
        <FormMessage result={state} />
        {state.conflict ? <ConflictNotice conflict={state.conflict} /> : null}
        <Fields {...props} article={article} {...{ state, restored, indicator }} />
      </form>
    </>
  );
}

type Restored = Record<string, string[]> | null;

function Fields({
  article,
  categories,
  regions,
  people,
  images,
  petitions,
  canPublish,
  siteUrl,
  timeZone,
  languages,
  defaultLanguage,
  state,
  restored,
  indicator,
}: Props & { state: ArticleFormState; restored: Restored; indicator: React.ReactNode }) {
  const t = staffMessages();
  const errors = state.ok ? undefined : state.fieldErrors;
  const value = (name: string, fallback: string): string =>
    restored?.[name]?.join(",") ?? state.values?.[name] ?? fallback;
  const list = (name: "categoryIds" | "regionIds" | "personIds"): string[] =>
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
  const [language, setLanguage] = useState(value("language", article.language));
  const languagePrefix = language === defaultLanguage ? "" : `/${language}`;
  const pathPrefix = `${languagePrefix}${isPage ? "/" : "/news/"}`;
  const shownSlug = slug ? toSlug(slug) : toSlug(title);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="space-y-5">
        {article.id ? <input type="hidden" name="id" value={article.id} /> : null}
        <input type="hidden" name="kind" value={article.kind} />
        <Field
          label={t.common.title}
          name="title"
          required
          defaultValue={value("title", article.title)}
          onChange={(e) => setTitle(e.target.value)}
          errors={errors?.title}
          className="text-lg"
        />
        <Field
          label={t.editor.slugLabel}
          name="slug"
          defaultValue={value("slug", article.slug)}
          placeholder={toSlug(title)}
          onChange={(e) => setSlug(e.target.value)}
          errors={errors?.slug}
          hint={
            <>
              {t.editor.slugHint}{" "}
              <span className="font-mono">
                {pathPrefix}
                {shownSlug || "…"}
              </span>
            </>
          }
        />
        <RichTextEditor
          name="body"
          label={t.editor.text}
          defaultValue={value("body", article.body)}
          maxImageBytes={images.maxBytes}
          actionChoices={{ petitions, people }}
          errors={errors?.body}
        />
        <TextareaField
          label={t.editor.excerpt}
          name="excerpt"
          rows={3}
          defaultValue={value("excerpt", article.excerpt)}
          onChange={(e) => setSeo((s) => ({ ...s, excerpt: e.target.value }))}
          errors={errors?.excerpt}
          hint={t.editor.excerptHint}
        />
        <CoverFieldset article={article} images={images} value={value} errors={errors} />
        <fieldset className="border-line space-y-3 rounded border bg-white p-4">
          <legend className="px-1 font-semibold">{t.editor.searchAndSharing}</legend>
          <Field
            label={t.editor.seoTitle}
            name="seoTitle"
            defaultValue={value("seoTitle", article.seoTitle)}
            onChange={(e) => setSeo((s) => ({ ...s, seoTitle: e.target.value }))}
            errors={errors?.seoTitle}
            hint={t.editor.seoTitleHint}
          />
          <TextareaField
            label={t.editor.seoDescription}
            name="seoDescription"
            rows={2}
            defaultValue={value("seoDescription", article.seoDescription)}
            onChange={(e) => setSeo((s) => ({ ...s, seoDescription: e.target.value }))}
            errors={errors?.seoDescription}
            hint={t.editor.seoDescriptionHint}
          />
          <SeoPreview
            title={seo.seoTitle || title}
            description={seo.seoDescription || seo.excerpt}
            url={`${siteUrl}${pathPrefix}${shownSlug}`}
          />
        </fieldset>
      </div>

      <aside className="space-y-5">
        {indicator}
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
          <TermChecklist
            legend={t.editor.categories}
            name="categoryIds"
            terms={categories}
            checked={list("categoryIds")}
            errors={errors?.categoryIds}
          />
        ) : null}
        {regions.length > 0 ? (
          <TermChecklist
            legend={t.editor.regions}
            name="regionIds"
            terms={regions}
            checked={list("regionIds")}
            errors={errors?.regionIds}
          />
        ) : null}
        <PeopleChecklist people={people} checked={list("personIds")} errors={errors?.personIds} />
        <TagInput
          label={t.editor.tags}
          defaultValue={value("tags", article.tags)}
          errors={errors?.tags}
        />
        <fieldset className="border-line space-y-2 rounded border bg-white p-4">
          <legend className="px-1 font-semibold">{t.editor.options}</legend>
          {!isPage ? (
            <CheckboxField
              label={t.editor.featured}
              name="isFeatured"
              defaultChecked={checked("isFeatured")}
            />
          ) : null}
          <CheckboxField
            label={t.editor.commentsOpen}
            name="commentsOpen"
            defaultChecked={checked("commentsOpen")}
          />
          <SelectField
            label={t.editor.language}
            name="language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
            errors={errors?.language}
            hint={t.editor.languageHint}
            options={languages.map((option) => ({ value: option.code, label: option.name }))}
          />
        </fieldset>
      </aside>
    </div>
  );
}

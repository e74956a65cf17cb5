import Link from "next/link";
import { Badge } from "@/components/admin/badge";
import { ARTICLE_STATUS_TONE } from "@/lib/articles/status";
import type { TranslationMember } from "@/lib/articles/translations";
import { LANGUAGES, type Lang } from "@/lib/i18n/languages";
import { staffMessages } from "@/lib/i18n/messages/staff";
import { CreateTranslationForm } from "./create-translation-form";

/**
 * The article's translation group: each language's version with its status (publishing one
 * never touches another), a warning where the source changed since a translation was saved,
 * and a button per missing language that starts a translation prefilled from this one.
 */
export function TranslationsPanel({
  articleId,
  language,
  members,
  missing,
}: {
  articleId: string;
  language: Lang;
  members: TranslationMember[];
  missing: Lang[];
}) {
  const t = staffMessages();
  const others = members.filter((member) => member.id !== articleId);
  const self = members.find((member) => member.id === articleId);
  return (
    <section
      aria-labelledby="translations-heading"
      className="border-line mt-8 space-y-3 rounded border bg-white p-4"
    >
      <h2 id="translations-heading" className="text-lg font-semibold">
        {t.translations.heading}
      </h2>
      <p className="text-muted text-sm">
        {t.translations.thisVersion(LANGUAGES[language].englishName)}
      </p>
      {self?.sourceChanged ? (
        <p role="status" className="rounded border-l-4 border-amber-700 bg-amber-50 p-3 text-sm">
          {t.translations.sourceChanged}
        </p>
      ) : null}
      {others.length > 0 ? (
        <ul className="divide-line divide-y text-sm">
          {others.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center gap-2 py-2">
              <span className="font-semibold">{LANGUAGES[member.language].englishName}</span>
              {member.canOpen ? (
                <Link href={`/admin/articles/${member.id}`} className="text-accent underline">
                  <span lang={member.language}>{member.title}</span>
                </Link>
              ) : (
                <span lang={member.language}>{member.title}</span>
              )}
              <Badge tone={ARTICLE_STATUS_TONE[member.status]}>
                {t.articleStatus[member.status].label}
              </Badge>
              {member.isSourceOfThis ? <Badge tone="neutral">{t.translations.source}</Badge> : null}
              {member.sourceChanged && member.isTranslationOfThis ? (
                <Badge tone="warn">
                  {t.translations.changedSince(LANGUAGES[language].englishName)}
                </Badge>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">{t.translations.none}</p>
      )}
      {missing.length > 0 ? (
        <CreateTranslationForm
          articleId={articleId}
          languages={missing.map((code) => ({ code, name: LANGUAGES[code].englishName }))}
        />
      ) : null}
    </section>
  );
}

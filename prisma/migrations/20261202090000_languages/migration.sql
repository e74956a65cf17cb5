-- Languages: one article per language in a translation group, slugs unique per language,
-- translations that know their source, and term names per language.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "contentChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "translatedFromId" TEXT,
ADD COLUMN "sourceSeenAt" TIMESTAMP(3);

UPDATE "Article" SET "contentChangedAt" = "updatedAt";

-- The editor used to accept codes with a region (en-GB, be-BY): they become the site language
-- they name, so those articles keep an address. Slugs were unique per kind until now, so this
-- cannot collide.
UPDATE "Article" SET "language" = lower(split_part("language", '-', 1))
WHERE "language" LIKE '%-%' AND lower(split_part("language", '-', 1)) IN ('en', 'be', 'ru');

-- A slug is unique within its kind and language (each language has its own addresses).
DROP INDEX "Article_kind_slug_key";
CREATE UNIQUE INDEX "Article_kind_language_slug_key" ON "Article"("kind", "language", "slug");

-- Two articles of one translation group in the same language would make the switcher ambiguous.
CREATE UNIQUE INDEX "Article_translationGroupId_language_key" ON "Article"("translationGroupId", "language");

CREATE INDEX "Article_translatedFromId_idx" ON "Article"("translatedFromId");

ALTER TABLE "Article" ADD CONSTRAINT "Article_translatedFromId_fkey" FOREIGN KEY ("translatedFromId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE UNIQUE INDEX "Term_id_taxonomy_key" ON "Term"("id", "taxonomy");

-- CreateTable
CREATE TABLE "TermTranslation" (
    "id" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "taxonomy" "Taxonomy" NOT NULL,
    "language" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TermTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TermTranslation_termId_language_key" ON "TermTranslation"("termId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "TermTranslation_taxonomy_language_slug_key" ON "TermTranslation"("taxonomy", "language", "slug");

-- AddForeignKey
ALTER TABLE "TermTranslation" ADD CONSTRAINT "TermTranslation_termId_taxonomy_fkey" FOREIGN KEY ("termId", "taxonomy") REFERENCES "Term"("id", "taxonomy") ON DELETE CASCADE ON UPDATE CASCADE;

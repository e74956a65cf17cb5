-- The editor: one rolling autosave revision per article and editor, every field in a revision's
-- snapshot (for the revision compare), and expiring preview links for reviewers outside the staff.

-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('SAVE', 'AUTOSAVE');

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN "kind" "RevisionKind" NOT NULL DEFAULT 'SAVE',
ADD COLUMN "meta" JSONB;

-- One autosave per article and editor: each autosave replaces the last.
CREATE UNIQUE INDEX "ArticleRevision_one_autosave" ON "ArticleRevision"("articleId", "editorId")
WHERE "kind" = 'AUTOSAVE';

-- CreateTable
CREATE TABLE "PreviewLink" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PreviewLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PreviewLink_tokenHash_key" ON "PreviewLink"("tokenHash");

-- CreateIndex
CREATE INDEX "PreviewLink_articleId_createdAt_idx" ON "PreviewLink"("articleId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "PreviewLink" ADD CONSTRAINT "PreviewLink_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreviewLink" ADD CONSTRAINT "PreviewLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

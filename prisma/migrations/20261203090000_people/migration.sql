-- People the campaign stands for: statuses staff define, the person's record, a timeline of
-- dated events, mailing addresses kept as history, revisions, and links to articles and regions.

-- CreateEnum
CREATE TYPE "PersonEventKind" AS ENUM ('DETAINED', 'CHARGED', 'TRIAL', 'VERDICT', 'TRANSFERRED', 'PUNISHMENT_CELL', 'RELEASED', 'REARRESTED', 'OTHER');

-- CreateEnum
CREATE TYPE "AddressScript" AS ENUM ('CYRILLIC', 'LATIN');

-- CreateTable
CREATE TABLE "PersonStatus" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "names" JSONB NOT NULL,
    "isHeld" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PersonStatus_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PersonStatus_key_check" CHECK ("key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "names" JSONB NOT NULL,
    "spellings" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "bios" JSONB NOT NULL DEFAULT '{}',
    "photoId" TEXT,
    "photoCredit" TEXT NOT NULL DEFAULT '',
    "birthYear" INTEGER,
    "birthMonth" INTEGER,
    "birthDay" INTEGER,
    "showBirthday" BOOLEAN NOT NULL DEFAULT false,
    "statusId" TEXT NOT NULL,
    "charges" JSONB NOT NULL DEFAULT '[]',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id"),
    -- A day and month that exist in some year (29 February included); a day needs its month.
    CONSTRAINT "Person_birth_check" CHECK (
      ("birthMonth" IS NULL OR "birthMonth" BETWEEN 1 AND 12)
      AND ("birthDay" IS NULL OR ("birthMonth" IS NOT NULL AND "birthDay" BETWEEN 1 AND
        CASE WHEN "birthMonth" = 2 THEN 29 WHEN "birthMonth" IN (4, 6, 9, 11) THEN 30 ELSE 31 END))
      AND ("birthYear" IS NULL OR "birthYear" BETWEEN 1900 AND 2100)
      AND (NOT "showBirthday" OR "birthDay" IS NOT NULL)
    )
);

-- CreateTable
CREATE TABLE "PersonEvent" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "kind" "PersonEventKind" NOT NULL,
    "texts" JSONB NOT NULL DEFAULT '{}',
    "sourceUrl" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAddress" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "script" "AddressScript" NOT NULL DEFAULT 'CYRILLIC',
    "latin" TEXT NOT NULL DEFAULT '',
    "validFrom" DATE NOT NULL,
    "lastVerified" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRevision" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "editorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ArticleToPerson" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ArticleToPerson_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PersonToTerm" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PersonToTerm_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "PersonStatus_key_key" ON "PersonStatus"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_statusId_idx" ON "Person"("statusId");

-- CreateIndex
CREATE INDEX "Person_published_birthMonth_birthDay_idx" ON "Person"("published", "birthMonth", "birthDay");

-- CreateIndex
CREATE INDEX "PersonEvent_personId_date_idx" ON "PersonEvent"("personId", "date");

-- CreateIndex
CREATE INDEX "PersonAddress_personId_validFrom_idx" ON "PersonAddress"("personId", "validFrom" DESC);

-- CreateIndex
CREATE INDEX "PersonRevision_personId_createdAt_idx" ON "PersonRevision"("personId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "_ArticleToPerson_B_index" ON "_ArticleToPerson"("B");

-- CreateIndex
CREATE INDEX "_PersonToTerm_B_index" ON "_PersonToTerm"("B");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_statusId_fkey" FOREIGN KEY ("statusId") REFERENCES "PersonStatus"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonEvent" ADD CONSTRAINT "PersonEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAddress" ADD CONSTRAINT "PersonAddress_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRevision" ADD CONSTRAINT "PersonRevision_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRevision" ADD CONSTRAINT "PersonRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ArticleToPerson" ADD CONSTRAINT "_ArticleToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ArticleToPerson" ADD CONSTRAINT "_ArticleToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToTerm" ADD CONSTRAINT "_PersonToTerm_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToTerm" ADD CONSTRAINT "_PersonToTerm_B_fkey" FOREIGN KEY ("B") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

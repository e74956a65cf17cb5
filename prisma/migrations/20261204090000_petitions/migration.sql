-- Petitions: texts by language, one count, signatures kept minimal (see the schema's comments),
-- and the people and terms whose articles offer them.

-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'DELIVERED');

-- CreateEnum
CREATE TYPE "SignerDisplay" AS ENUM ('FULL_NAME', 'INITIALS', 'COUNT_ONLY');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('PENDING', 'CONFIRMED');

-- CreateTable
CREATE TABLE "Petition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PetitionStatus" NOT NULL DEFAULT 'DRAFT',
    "signerDisplay" "SignerDisplay" NOT NULL DEFAULT 'FULL_NAME',
    "texts" JSONB NOT NULL,
    "goal" INTEGER NOT NULL,
    "endsAt" TIMESTAMP(3),
    "hashtag" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "deliveredAt" DATE,
    "signatureCount" INTEGER NOT NULL DEFAULT 0,
    "dataDeletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("id"),
    -- "confirm" and "withdraw" are the pages an emailed link opens: /petitions/confirm?t=…
    CONSTRAINT "Petition_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND "slug" NOT IN ('confirm', 'withdraw')),
    CONSTRAINT "Petition_goal_check" CHECK ("goal" > 0),
    CONSTRAINT "Petition_count_check" CHECK ("signatureCount" >= 0)
);

-- CreateTable
CREATE TABLE "PetitionSignature" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "status" "SignatureStatus" NOT NULL DEFAULT 'PENDING',
    "email" TEXT,
    "name" TEXT,
    "country" TEXT,
    "city" TEXT,
    "comment" TEXT,
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "mayEmail" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "PetitionSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PersonToPetition" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PersonToPetition_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PetitionToTerm" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PetitionToTerm_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Petition_slug_key" ON "Petition"("slug");

-- CreateIndex
CREATE INDEX "Petition_status_idx" ON "Petition"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PetitionSignature_petitionId_emailHash_key" ON "PetitionSignature"("petitionId", "emailHash");

-- CreateIndex
CREATE INDEX "PetitionSignature_petitionId_status_confirmedAt_idx" ON "PetitionSignature"("petitionId", "status", "confirmedAt" DESC);

-- CreateIndex
CREATE INDEX "PetitionSignature_status_createdAt_idx" ON "PetitionSignature"("status", "createdAt");

-- CreateIndex
CREATE INDEX "_PersonToPetition_B_index" ON "_PersonToPetition"("B");

-- CreateIndex
CREATE INDEX "_PetitionToTerm_B_index" ON "_PetitionToTerm"("B");

-- AddForeignKey
ALTER TABLE "PetitionSignature" ADD CONSTRAINT "PetitionSignature_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToPetition" ADD CONSTRAINT "_PersonToPetition_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PersonToPetition" ADD CONSTRAINT "_PersonToPetition_B_fkey" FOREIGN KEY ("B") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PetitionToTerm" ADD CONSTRAINT "_PetitionToTerm_A_fkey" FOREIGN KEY ("A") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PetitionToTerm" ADD CONSTRAINT "_PetitionToTerm_B_fkey" FOREIGN KEY ("B") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

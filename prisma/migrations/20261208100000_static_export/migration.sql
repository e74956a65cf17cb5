-- Static mirrors of the public site, exported from the staff area as a background job.

-- CreateTable
CREATE TABLE "StaticExportJob" (
    "id" TEXT NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "stage" TEXT NOT NULL DEFAULT '',
    "report" JSONB,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "startedById" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaticExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaticExportJob_status_createdAt_idx" ON "StaticExportJob"("status", "createdAt");

-- At most one export waiting or running at a time: a second press of the button is refused by
-- the database itself, however many instances serve the staff area.
CREATE UNIQUE INDEX "StaticExportJob_one_active_key" ON "StaticExportJob" ((true))
    WHERE "status" IN ('QUEUED', 'RUNNING');

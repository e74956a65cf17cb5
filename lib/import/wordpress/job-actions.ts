"use server";

import { staffMessages } from "@/lib/i18n/messages/staff";
import { startImportRunner } from "@/lib/import/wordpress/job-runner";
import { ImportJobIdSchema } from "@/lib/import/wordpress/job-schemas";
import { retryImportJob } from "@/lib/import/wordpress/jobs";
import { refreshStaffPage } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";

export const retryImportJobAction = staffAction({
  name: "retryImportJobAction",
  permission: "import:run",
  schema: ImportJobIdSchema,
  async run(actor, { id }) {
    await retryImportJob(actor, id);
    startImportRunner();
    refreshStaffPage();
    return { message: staffMessages().imports.job.retried };
  },
});

"use server";

import { z } from "zod";
import { staticExportSectionsEn } from "@/lib/i18n/messages/staff/static-export";
import { refreshStaffPage } from "@/lib/revalidate";
import { staffAction } from "@/lib/server-action";
import { startStaticExportRunner } from "@/lib/static-export/job-runner";
import { EXPORT_PERMISSION, createStaticExportJob } from "@/lib/static-export/jobs";

/** The button sends nothing but itself. */
const StartExportSchema = z.object({});

export const startStaticExportAction = staffAction({
  name: "startStaticExportAction",
  permission: EXPORT_PERMISSION,
  schema: StartExportSchema,
  async run(actor) {
    await createStaticExportJob(actor);
    startStaticExportRunner();
    refreshStaffPage();
    return { message: staticExportSectionsEn.staticExport.started };
  },
});

import { Badge } from "@/components/admin/badge";
import type { ImportJobStatus } from "@/lib/generated/prisma/enums";
import { staffMessages } from "@/lib/i18n/messages/staff";

const TONES = { QUEUED: "neutral", RUNNING: "warn", DONE: "good", FAILED: "bad" } as const;

export function JobStatusBadge({ status }: { status: ImportJobStatus }) {
  return <Badge tone={TONES[status]}>{staffMessages().imports.status[status]}</Badge>;
}

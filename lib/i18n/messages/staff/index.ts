import { actionSectionsEn } from "@/lib/i18n/messages/staff/actions";
import { articleSectionsEn } from "@/lib/i18n/messages/staff/articles";
import { autosaveSectionsEn } from "@/lib/i18n/messages/staff/autosave";
import { badgeSectionsEn } from "@/lib/i18n/messages/staff/badge";
import { blockSectionsEn } from "@/lib/i18n/messages/staff/blocks";
import { contentSectionsEn } from "@/lib/i18n/messages/staff/content";
import { editorSectionsEn } from "@/lib/i18n/messages/staff/editor";
import { imageSectionsEn } from "@/lib/i18n/messages/staff/images";
import { invitationSectionsEn } from "@/lib/i18n/messages/staff/invitations";
import { importSectionsEn } from "@/lib/i18n/messages/staff/import";
import { organisingSectionsEn } from "@/lib/i18n/messages/staff/organising";
import { accountSectionsEn } from "@/lib/i18n/messages/staff/accounts";
import { peopleSectionsEn } from "@/lib/i18n/messages/staff/people";
import { petitionSectionsEn } from "@/lib/i18n/messages/staff/petitions";
import { previewLinkSectionsEn } from "@/lib/i18n/messages/staff/preview-links";
import { redirectSectionsEn } from "@/lib/i18n/messages/staff/redirects";
import { securityKeySectionsEn } from "@/lib/i18n/messages/staff/security-keys";
import { sessionSectionsEn } from "@/lib/i18n/messages/staff/sessions";
import { shellSectionsEn } from "@/lib/i18n/messages/staff/shell";
import { twoFactorSectionsEn } from "@/lib/i18n/messages/staff/two-factor";
import { staticExportSectionsEn } from "@/lib/i18n/messages/staff/static-export";
import { writingSectionsEn } from "@/lib/i18n/messages/staff/writing";

/**
 * Every string the staff area and sign-in show, grouped by screen. The staff area is in English
 * for now; a translation is a second object of type StaffMessages, so a missing string is a type
 * error, and switching to it is a change to `staffMessages` alone.
 */
const staffEn = {
  ...shellSectionsEn,
  ...articleSectionsEn,
  ...editorSectionsEn,
  ...writingSectionsEn,
  ...imageSectionsEn,
  ...contentSectionsEn,
  ...accountSectionsEn,
  ...peopleSectionsEn,
  ...actionSectionsEn,
  ...petitionSectionsEn,
  ...badgeSectionsEn,
  ...autosaveSectionsEn,
  ...blockSectionsEn,
  ...organisingSectionsEn,
  ...previewLinkSectionsEn,
  ...redirectSectionsEn,
  ...importSectionsEn,
  ...staticExportSectionsEn,
  ...invitationSectionsEn,
  ...sessionSectionsEn,
  ...securityKeySectionsEn,
  ...twoFactorSectionsEn,
};

export type StaffMessages = typeof staffEn;

export const staff: Record<"en", StaffMessages> = { en: staffEn };

/** The staff area's strings (English: the staff area has one language). */
export function staffMessages(): StaffMessages {
  return staff.en;
}

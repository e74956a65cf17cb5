import { staffMessages } from "@/lib/i18n/messages/staff";
import { ROLES } from "@/lib/users/schemas";

export const roleOptions = ROLES.map((role) => ({
  value: role,
  label: staffMessages().users.roles[role],
}));

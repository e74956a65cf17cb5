import { ROLE_LABELS, ROLES } from "@/lib/users/schemas";

export const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

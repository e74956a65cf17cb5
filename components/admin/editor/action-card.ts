import type { BoxDescription } from "@/components/admin/editor/action-box";
import type { ActionChoices } from "@/components/admin/editor/action-panel";
import type { ActionBox } from "@/lib/actions/box";
import { staffMessages } from "@/lib/i18n/messages/staff";

/** What the editor's card says about a box: the kind, its petition, person or words. */
export function describeBox(box: ActionBox, choices: ActionChoices): BoxDescription {
  const t = staffMessages().actions;
  const kind = t.kinds[box.kind];
  switch (box.kind) {
    case "petition": {
      const petition = choices.petitions.find((one) => one.id === box.petition);
      if (!petition) return { kind, target: t.editor.missingPetition };
      return {
        kind,
        target: petition.title,
        warning: petition.status === "DRAFT" ? t.draft : undefined,
      };
    }
    case "write": {
      const person = choices.people.find((one) => one.id === box.person);
      return { kind, target: person?.name ?? t.editor.missingPerson };
    }
    case "donate":
      return { kind, target: [box.label, box.href].filter(Boolean).join(" · ") };
    case "share":
      return { kind, target: [box.hashtag, box.text].filter(Boolean).join(" · ") };
    case "event":
      return {
        kind,
        target: [box.title, box.date.replace("T", " "), box.place].filter(Boolean).join(" · "),
      };
  }
}

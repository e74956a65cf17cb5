import { Extension } from "@tiptap/core";
import { staffMessages } from "@/lib/i18n/messages/staff";

/**
 * Ctrl/⌘+K opens the link dialog (Ghost's and WordPress's key). Bold, italic, headings, lists and
 * the Markdown-style input rules (`## `, `> `, `- `) come with StarterKit already.
 */
export const LinkShortcut = Extension.create<{ onOpen: () => void }>({
  name: "linkShortcut",
  addOptions() {
    return { onOpen: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-k": () => {
        this.options.onOpen();
        return true;
      },
    };
  },
});

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Shift-8" as the person's keyboard writes it: "Ctrl+Shift+8", or "⌘⇧8" on a Mac. */
function shortcutKeys(keys: string): string {
  const t = staffMessages().shortcuts;
  const mac = isMac();
  const parts = keys.split("-").map((part) => {
    if (part === "Mod") return mac ? t.modMac : t.mod;
    if (part === "Shift") return mac ? t.shiftMac : t.shift;
    if (part === "Alt") return mac ? t.altMac : t.alt;
    return part.toUpperCase();
  });
  return parts.join(mac ? "" : "+");
}

/** A button's title: what it does and, when it has one, its shortcut. */
export function withShortcut(label: string, keys?: string): string {
  return keys ? staffMessages().shortcuts.join(label, shortcutKeys(keys)) : label;
}

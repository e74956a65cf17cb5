import { Node } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { type ActionBox, actionAttributes, parseActionAttributes } from "@/lib/actions/box";
import { staffMessages } from "@/lib/i18n/messages/staff";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    actionBox: {
      insertActionBox: (box: ActionBox) => ReturnType;
      updateActionBox: (pos: number, box: ActionBox) => ReturnType;
    };
  }
}

/** What the editor's card says about a box: its kind, what it points to, and any warning. */
export type BoxDescription = { kind: string; target: string; warning?: string };

type Options = {
  describe: (box: ActionBox) => BoxDescription;
  /** The card's Edit button: the toolbar opens the action panel on this box. */
  onEdit: (pos: number, box: ActionBox) => void;
};

const attributesOf = (element: HTMLElement) =>
  Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.className =
    "border-line hover:bg-paper rounded border bg-white px-2 py-1 text-sm font-semibold";
  element.addEventListener("click", onClick);
  return element;
}

/**
 * An action box (lib/actions/box.ts) as one block: stored as `<aside data-action …></aside>`,
 * shown here as a labelled card with Edit and Remove; the public page renders the real box.
 */
export const ActionBoxNode = Node.create<Options>({
  name: "actionBox",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return { describe: (box) => ({ kind: box.kind, target: "" }), onEdit: () => {} };
  },
  addAttributes() {
    return { box: { default: null, rendered: false } };
  },
  parseHTML() {
    return [
      {
        tag: "aside[data-action]",
        getAttrs: (element) => {
          const box = parseActionAttributes(attributesOf(element));
          return box ? { box } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const box = node.attrs.box as ActionBox | null;
    return ["aside", box ? actionAttributes(box) : {}];
  },
  addNodeView() {
    const { describe, onEdit } = this.options;
    return ({ node: initial, getPos, editor }) => {
      let node = initial;
      const t = staffMessages().actions.editor;
      const dom = document.createElement("div");
      dom.contentEditable = "false";
      dom.setAttribute("role", "group");
      dom.className =
        "border-accent my-3 rounded border-l-4 bg-paper p-3 font-sans ring-1 ring-line";
      const render = () => {
        const box = node.attrs.box as ActionBox;
        const { kind, target, warning } = describe(box);
        dom.setAttribute("aria-label", t.cardLabel(kind));
        dom.dataset.actionCard = box.kind;
        const title = document.createElement("p");
        title.className = "text-accent text-xs font-bold tracking-widest uppercase";
        title.textContent = kind;
        const what = document.createElement("p");
        what.className = "mt-1 font-semibold break-words";
        what.textContent = target;
        const parts: HTMLElement[] = [title, what];
        if (warning) {
          const note = document.createElement("p");
          note.className = "mt-1 text-sm font-semibold text-amber-800";
          note.textContent = warning;
          parts.push(note);
        }
        const actions = document.createElement("p");
        actions.className = "mt-2 flex gap-2";
        const position = () => {
          const pos = getPos();
          return typeof pos === "number" ? pos : null;
        };
        actions.append(
          button(t.edit, () => {
            const pos = position();
            if (pos !== null) onEdit(pos, node.attrs.box as ActionBox);
          }),
          button(t.remove, () => {
            const pos = position();
            if (pos !== null) {
              editor
                .chain()
                .focus()
                .deleteRange({ from: pos, to: pos + node.nodeSize })
                .run();
            }
          }),
        );
        dom.replaceChildren(...parts, actions);
      };
      render();
      return {
        dom,
        update: (updated) => {
          if (updated.type !== node.type) return false;
          node = updated;
          render();
          return true;
        },
        stopEvent: (event) => event.target instanceof HTMLButtonElement,
        ignoreMutation: () => true,
      };
    };
  },
  addCommands() {
    return {
      // As the horizontal rule does: after a selected block rather than over it, and the cursor
      // in the text after the box (a new paragraph at the end), so typing never replaces it.
      insertActionBox:
        (box) =>
        ({ chain, state }) => {
          const content = { type: this.name, attrs: { box } };
          const { selection } = state;
          const start = chain();
          if (selection instanceof NodeSelection) start.insertContentAt(selection.to, content);
          else start.insertContent(content);
          return start
            .command(({ tr, dispatch }) => {
              if (!dispatch) return true;
              const { $to } = tr.selection;
              if ($to.nodeAfter?.isTextblock) {
                tr.setSelection(TextSelection.create(tr.doc, $to.pos + 1));
              } else if (!$to.nodeAfter) {
                const after = $to.end();
                tr.insert(after, state.schema.nodes.paragraph!.create());
                tr.setSelection(TextSelection.create(tr.doc, after + 1));
              }
              tr.scrollIntoView();
              return true;
            })
            .run();
        },
      updateActionBox:
        (pos, box) =>
        ({ tr, dispatch }) => {
          if (tr.doc.nodeAt(pos)?.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { box });
          return true;
        },
    };
  },
});

import { Extension } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { UploadPlaceholder } from "@/components/admin/editor/upload-placeholder";
import { checkImageFile, sendImage } from "@/components/admin/editor/upload-request";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    imageUpload: {
      /** Uploads the files, each with its own placeholder at the selection (or `pos`). */
      uploadImages: (files: File[], pos?: number) => ReturnType;
    };
  }
}

type Meta = { add: { id: string; pos: number; element: HTMLElement } } | { remove: string };

const uploadKey = new PluginKey<DecorationSet>("imageUpload");
const isUpload = (id: string) => (spec: { uploadId?: unknown }) => spec.uploadId === id;
let counter = 0;

/** Where a block image goes for a position: before or after the paragraph it falls in. */
function blockPosition(doc: PmNode, pos: number): number {
  const $pos = doc.resolve(Math.min(Math.max(pos, 0), doc.content.size));
  if ($pos.depth === 0 || !$pos.parent.isTextblock) return $pos.pos;
  return $pos.parentOffset === 0 ? $pos.before() : $pos.after();
}

function findPlaceholder(view: EditorView, id: string): number | null {
  const set = uploadKey.getState(view.state);
  const found = set?.find(undefined, undefined, isUpload(id))[0];
  return found ? found.from : null;
}

function startUploads(view: EditorView, files: File[], pos: number, maxBytes: number) {
  const at = blockPosition(view.state.doc, pos);
  for (const file of files) {
    const id = `upload-${++counter}`;
    const dismiss = () => view.dispatch(view.state.tr.setMeta(uploadKey, { remove: id }));
    const placeholder = new UploadPlaceholder(file.name, dismiss, () => send());
    const send = () => {
      sendImage(file, (percent) => placeholder.progress(percent)).then(
        (image) => {
          const where = findPlaceholder(view, id);
          if (where === null) return;
          const node = view.state.schema.nodes.figureImage?.create({
            src: image.src,
            srcset: image.srcSet ?? null,
            alt: image.alt,
            caption: "",
          });
          const tr = view.state.tr.setMeta(uploadKey, { remove: id });
          if (node) tr.insert(where, node);
          view.dispatch(tr);
        },
        (error: unknown) => {
          placeholder.fail(error instanceof Error ? error.message : String(error), true);
        },
      );
    };
    view.dispatch(
      view.state.tr.setMeta(uploadKey, { add: { id, pos: at, element: placeholder.element } }),
    );
    const refusal = checkImageFile(file, maxBytes);
    if (refusal) placeholder.fail(refusal, false);
    else send();
  }
}

/**
 * Images pasted, dropped or chosen with the Upload button go straight to the media library, each
 * shown meanwhile as a placeholder with its progress (or its error, with Retry and Dismiss). The
 * placeholders are decorations, not document nodes, so a save or autosave during an upload never
 * stores a half-finished image; the figure is inserted where its placeholder stands once the
 * server has answered.
 */
export const ImageUpload = Extension.create<{ maxBytes: number }>({
  name: "imageUpload",
  addOptions() {
    return { maxBytes: 10 * 1024 * 1024 };
  },
  addCommands() {
    return {
      uploadImages:
        (files, pos) =>
        ({ view, state }) => {
          startUploads(view, files, pos ?? state.selection.from, this.options.maxBytes);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const maxBytes = this.options.maxBytes;
    return [
      new Plugin<DecorationSet>({
        key: uploadKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            let next = set.map(tr.mapping, tr.doc);
            const meta = tr.getMeta(uploadKey) as Meta | undefined;
            if (meta && "add" in meta) {
              const { id, pos, element } = meta.add;
              const widget = Decoration.widget(pos, element, {
                uploadId: id,
                key: id,
                side: ++counter,
                stopEvent: () => true,
                ignoreSelection: true,
              });
              next = next.add(tr.doc, [widget]);
            } else if (meta && "remove" in meta) {
              next = next.remove(next.find(undefined, undefined, isUpload(meta.remove)));
            }
            return next;
          },
        },
        props: {
          decorations: (state) => uploadKey.getState(state),
          handlePaste(view, event) {
            const data = event.clipboardData;
            const files = Array.from(data?.files ?? []);
            // A paste from a word processor carries its text as HTML and a picture of it too:
            // that is text, not an upload.
            if (files.length === 0 || data?.getData("text/html")) return false;
            startUploads(view, files, view.state.selection.from, maxBytes);
            return true;
          },
          handleDrop(view, event, _slice, moved) {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            const pos = view.posAtCoords({ left: event.clientX, top: event.clientY });
            startUploads(view, files, pos?.pos ?? view.state.selection.from, maxBytes);
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});

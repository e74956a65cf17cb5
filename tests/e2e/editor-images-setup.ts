import type { Page } from "playwright-core";

type FileSpec = { name: string; type: string; base64?: string; size?: number };

/**
 * Puts files on the editor as a browser would: a paste (ClipboardEvent with a DataTransfer) or a
 * drag and drop (dragenter, dragover, drop at the middle of the first paragraph). `size` makes a
 * file of that many zero bytes.
 */
export async function putFiles(page: Page, how: "paste" | "drop", files: FileSpec[]) {
  await page.evaluate(
    ({ how, files }) => {
      const transfer = new DataTransfer();
      for (const spec of files) {
        const bytes = spec.base64
          ? Uint8Array.from(atob(spec.base64), (c) => c.charCodeAt(0))
          : new Uint8Array(spec.size ?? 0);
        transfer.items.add(new File([bytes], spec.name, { type: spec.type }));
      }
      const editor = document.querySelector<HTMLElement>(".ProseMirror");
      if (!editor) throw new Error("no editor");
      if (how === "paste") {
        editor.focus();
        editor.dispatchEvent(
          new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
        return;
      }
      const target = editor.querySelector("p") ?? editor;
      const rect = target.getBoundingClientRect();
      const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }),
        );
      }
    },
    { how, files },
  );
}

/**
 * Holds every upload request until the returned function is called, so a test can see the file's
 * progress bar before the server answers (no waiting on a clock). A later hold takes precedence.
 */
export async function holdUploads(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/admin/media/upload", async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

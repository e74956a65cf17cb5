import { staffMessages } from "@/lib/i18n/messages/staff";

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = "",
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text) element.textContent = text;
  return element;
}

/**
 * What stands in the article while one file uploads: its name and a progress bar, or its error
 * with Retry (for a failure that may pass) and Dismiss. Plain DOM: it lives in a ProseMirror
 * widget, outside React.
 */
export class UploadPlaceholder {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly name: string,
    private readonly onDismiss: () => void,
    private readonly onRetry: () => void,
  ) {
    const t = staffMessages().images;
    this.element = make("div", "image-upload my-3 rounded border border-line bg-paper p-3 text-sm");
    this.element.contentEditable = "false";
    this.element.setAttribute("role", "group");
    this.element.setAttribute("aria-label", t.uploadingLabel(name));
    this.element.dataset.upload = name;
    this.body = make("div", "");
    this.element.append(this.body);
  }

  progress(percent: number) {
    const t = staffMessages().images;
    const label = make(
      "p",
      "",
      percent >= 100 ? t.processing(this.name) : t.uploading(this.name, percent),
    );
    const bar = make("progress", "mt-1 block w-full");
    bar.max = 100;
    bar.value = percent;
    bar.setAttribute("aria-label", t.uploadingLabel(this.name));
    this.body.replaceChildren(label, bar);
  }

  fail(message: string, canRetry: boolean) {
    const t = staffMessages().images;
    const named = message.includes(this.name) ? message : `“${this.name}”: ${message}`;
    const text = make("p", "font-semibold text-accent-dark", named);
    text.setAttribute("role", "alert");
    const buttons = make("div", "mt-2 flex gap-2");
    const button = (label: string, onClick: () => void) => {
      const element = make(
        "button",
        "rounded border border-line bg-white px-2 py-1 font-semibold hover:bg-paper",
        label,
      );
      element.type = "button";
      element.addEventListener("click", onClick);
      return element;
    };
    if (canRetry) buttons.append(button(t.retry, this.onRetry));
    buttons.append(button(t.dismiss, this.onDismiss));
    this.body.replaceChildren(text, buttons);
    this.element.className = "image-upload my-3 rounded border border-accent bg-red-50 p-3 text-sm";
  }
}

"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";

/** Room kept between the caret and the edges of the window, besides the toolbar. */
const GAP = 12;

/**
 * The toolbar sticks to the top of the window while the editor is on screen. So that it never
 * covers the line being typed, ProseMirror is told to keep the caret this far below the top of
 * the window when it scrolls it into view (its scrollMargin), measured again when the toolbar
 * changes height (a narrow window, a panel opening).
 */
export function useStickyToolbar(editor: Editor) {
  const toolbar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = toolbar.current;
    if (!element) return;
    const update = () => {
      if (editor.isDestroyed) return;
      const top = Math.ceil(element.getBoundingClientRect().height) + GAP;
      editor.setOptions({
        editorProps: {
          ...editor.options.editorProps,
          scrollMargin: { top, bottom: GAP * 2, left: 0, right: 0 },
          scrollThreshold: { top, bottom: GAP * 2, left: 0, right: 0 },
        },
      });
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [editor]);
  return toolbar;
}

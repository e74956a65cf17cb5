"use client";

import type { Node as DocNode } from "@tiptap/pm/model";
import { type Editor, useEditorState } from "@tiptap/react";
import { countWords, readingMinutes } from "@/lib/editor/word-count";
import { staffMessages } from "@/lib/i18n/messages/staff";

// A selection change is a transaction too; the words are counted once per version of the text.
const counted = new WeakMap<DocNode, number>();

function wordsOf(doc: DocNode): number {
  let words = counted.get(doc);
  if (words === undefined) {
    words = countWords(doc.textBetween(0, doc.content.size, " ", " "));
    counted.set(doc, words);
  }
  return words;
}

/** "412 words · 2 min read" under the editor, counted again on every change. */
export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => wordsOf(current.state.doc),
  });
  const t = staffMessages().writing;
  return (
    <p className="text-muted mt-1 text-sm" data-word-count="">
      {t.words(words)} · {t.readingTime(readingMinutes(words))}
    </p>
  );
}

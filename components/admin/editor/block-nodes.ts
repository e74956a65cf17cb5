import { Node } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import { Embed } from "@/components/admin/editor/nodes";

export type GalleryImage = { src: string; alt: string; caption: string };
export type FootnoteAttrs = { text: string; source: string | null };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    callout: { toggleCallout: () => ReturnType };
    pullQuote: { togglePullQuote: () => ReturnType };
    gallery: { insertGallery: (images: GalleryImage[]) => ReturnType };
    footnote: { insertFootnote: (attrs: FootnoteAttrs) => ReturnType };
  }
}

/** A note set apart from the text: `<div class="callout" role="note">` around its blocks. */
const Callout = Node.create({
  name: "callout",
  group: "block",
  content: "(paragraph | heading | bulletList | orderedList)+",
  defining: true,
  parseHTML: () => [{ tag: "div.callout" }],
  renderHTML: () => ["div", { class: "callout", role: "note" }, 0],
  addCommands() {
    return {
      toggleCallout:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    };
  },
});

/** A line lifted out of the text for emphasis, unlike a quotation: `<blockquote class="pullquote">`. */
const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "paragraph+",
  defining: true,
  // Before the plain blockquote's rule, which would take it otherwise.
  parseHTML: () => [{ tag: "blockquote.pullquote", priority: 60 }],
  renderHTML: () => ["blockquote", { class: "pullquote" }, 0],
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
    };
  },
});

/** 2 to 6 of this site's images: `<figure class="gallery">` of `<figure class="image">`. */
const Gallery = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ images: { default: [] } }),
  parseHTML: () => [
    {
      tag: "figure.gallery",
      priority: 60,
      getAttrs: (element) => ({
        images: [...element.querySelectorAll("figure.image")].flatMap((figure) => {
          const img = figure.querySelector("img");
          const src = img?.getAttribute("src");
          return src
            ? [
                {
                  src,
                  alt: img?.getAttribute("alt") ?? "",
                  caption: figure.querySelector("figcaption")?.textContent ?? "",
                },
              ]
            : [];
        }),
      }),
    },
  ],
  renderHTML: ({ node }) => [
    "figure",
    { class: "gallery" },
    ...(node.attrs.images as GalleryImage[]).map((image) => {
      const img = ["img", { src: image.src, alt: image.alt }] as const;
      return image.caption
        ? ["figure", { class: "image" }, img, ["figcaption", {}, image.caption]]
        : ["figure", { class: "image" }, img];
    }),
  ],
  addCommands() {
    return {
      insertGallery:
        (images) =>
        ({ commands }) =>
          // A paragraph after it takes the cursor (see insertEmbed).
          commands.insertContent([{ type: this.name, attrs: { images } }, { type: "paragraph" }]),
    };
  },
});

/**
 * A note on the text, in place: `<sup class="footnote" data-source>note</sup>`. The public page
 * numbers the notes in reading order and lists them at the end, so moving text keeps them right.
 */
const Footnote = Node.create({
  name: "footnote",
  group: "inline",
  inline: true,
  atom: true,
  addAttributes: () => ({ text: { default: "" }, source: { default: null } }),
  parseHTML: () => [
    {
      tag: "sup.footnote",
      getAttrs: (element) => ({
        text: element.textContent ?? "",
        source: element.getAttribute("data-source"),
      }),
    },
  ],
  renderHTML: ({ node }) => {
    const { text, source } = node.attrs as FootnoteAttrs;
    return ["sup", { class: "footnote", "data-source": source || null }, text];
  },
  addCommands() {
    return {
      insertFootnote:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

/** Every block the Insert menu offers, for the editor's extension list. */
export const BLOCK_EXTENSIONS = [
  Callout,
  PullQuote,
  Gallery,
  Footnote,
  Embed,
  TableKit.configure({ table: { resizable: false } }),
];

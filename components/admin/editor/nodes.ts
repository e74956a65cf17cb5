import { Node, mergeAttributes } from "@tiptap/core";
import { type EmbedProvider, embedPageUrl, isEmbedRef } from "@/lib/embeds/providers";

export type EmbedAttrs = {
  provider: EmbedProvider;
  id: string;
  title: string;
  thumbnail: string | null;
};

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figureImage: {
      insertFigureImage: (attrs: {
        src: string;
        srcset?: string | null;
        alt: string;
        caption: string;
      }) => ReturnType;
    };
    embed: {
      insertEmbed: (attrs: EmbedAttrs) => ReturnType;
    };
  }
}

/** `<figure class="image"><img src srcset alt><figcaption>…</figcaption></figure>`, one block. */
export const FigureImage = Node.create({
  name: "figureImage",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      srcset: { default: null },
      alt: { default: "" },
      caption: { default: "" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure.image",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          if (!img) return false;
          return {
            src: img.getAttribute("src"),
            srcset: img.getAttribute("srcset"),
            alt: img.getAttribute("alt") ?? "",
            caption: element.querySelector("figcaption")?.textContent ?? "",
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { src, srcset, alt, caption } = node.attrs as Record<string, string | null>;
    const img = [
      "img",
      mergeAttributes(
        { src, alt: alt ?? "" },
        srcset ? { srcset, sizes: "(min-width: 48rem) 48rem, 100vw" } : {},
      ),
    ] as const;
    return caption
      ? ["figure", { class: "image" }, img, ["figcaption", {}, caption]]
      : ["figure", { class: "image" }, img];
  },
  addCommands() {
    return {
      insertFigureImage:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

/**
 * A YouTube, Vimeo, X or Telegram post, stored as `<figure class="embed" data-provider data-id>
 * <img src alt=""><a href>title</a></figure>` (the thumbnail is this site's); the public page
 * turns it into a facade that loads nothing from the provider until the reader asks. Older
 * `figure.video-embed` links open as embeds too.
 */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: "youtube" },
      id: { default: "" },
      title: { default: "" },
      thumbnail: { default: null },
    };
  },
  parseHTML() {
    const read = (idAttribute: string) => (element: HTMLElement) => {
      const provider = element.getAttribute("data-provider");
      const id = element.getAttribute(idAttribute);
      if (!isEmbedRef(provider, id)) return false;
      return {
        provider,
        id,
        title: element.querySelector("a")?.textContent ?? "",
        thumbnail: element.querySelector("img")?.getAttribute("src") ?? null,
      };
    };
    return [
      { tag: "figure.embed", getAttrs: read("data-id") },
      { tag: "figure.video-embed", getAttrs: read("data-video-id") },
    ];
  },
  renderHTML({ node }) {
    const { provider, id, title, thumbnail } = node.attrs as EmbedAttrs;
    const href = embedPageUrl({ provider, id });
    const link = ["a", { href }, title || href] as const;
    return thumbnail
      ? [
          "figure",
          { class: "embed", "data-provider": provider, "data-id": id },
          ["img", { src: thumbnail, alt: "" }],
          link,
        ]
      : ["figure", { class: "embed", "data-provider": provider, "data-id": id }, link];
  },
  addCommands() {
    return {
      insertEmbed:
        (attrs) =>
        ({ commands }) =>
          // With a paragraph after it: the cursor lands there, not on the embed (which the
          // next insert would replace), and writing goes on below it.
          commands.insertContent([{ type: this.name, attrs }, { type: "paragraph" }]),
    };
  },
});

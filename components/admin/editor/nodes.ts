import { Node, mergeAttributes } from "@tiptap/core";
import { videoWatchUrl } from "@/components/admin/editor/video-url";

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
    videoEmbed: {
      insertVideoEmbed: (attrs: {
        provider: "youtube" | "vimeo";
        videoId: string;
        title: string;
      }) => ReturnType;
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
 * A video link stored as `<figure class="video-embed" data-provider data-video-id><a href>title</a>
 * </figure>`: the public site shows it as a link card and loads nothing from the video host.
 */
export const VideoEmbed = Node.create({
  name: "videoEmbed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: "youtube" },
      videoId: { default: "" },
      title: { default: "" },
    };
  },
  parseHTML() {
    return [
      {
        tag: "figure.video-embed",
        getAttrs: (element) => ({
          provider: element.getAttribute("data-provider"),
          videoId: element.getAttribute("data-video-id"),
          title: element.querySelector("a")?.textContent ?? "",
        }),
      },
    ];
  },
  renderHTML({ node }) {
    const { provider, videoId, title } = node.attrs as {
      provider: "youtube" | "vimeo";
      videoId: string;
      title: string;
    };
    const href = videoWatchUrl({ provider, id: videoId });
    return [
      "figure",
      { class: "video-embed", "data-provider": provider, "data-video-id": videoId },
      ["a", { href }, title || href],
    ];
  },
  addCommands() {
    return {
      insertVideoEmbed:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

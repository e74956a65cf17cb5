import type { BadgeFrame } from "@/lib/badge/queries";
import type { BadgeMessages } from "@/lib/i18n/messages/badge";

/**
 * The steps to make the picture in one's own app, the frame to download and the hashtag: plain
 * HTML, so the page is complete without JavaScript.
 */
export function BadgeByHand({
  t,
  frame,
  frameFileName,
  hashtag,
}: {
  t: BadgeMessages;
  frame: BadgeFrame;
  frameFileName: string;
  hashtag: string;
}) {
  return (
    <section
      aria-labelledby="badge-by-hand"
      className="border-line space-y-4 rounded border bg-white p-5"
    >
      <h2 id="badge-by-hand" className="font-serif text-2xl font-bold">
        {t.byHand.heading}
      </h2>
      <p>{t.byHand.intro}</p>
      <ol className="list-decimal space-y-2 pl-6">
        <li>{t.byHand.download}</li>
        <li>{t.byHand.layer}</li>
        <li>{t.byHand.place}</li>
        <li>{t.byHand.save}</li>
      </ol>
      <p>
        <a
          href={frame.src}
          download={frameFileName}
          type="image/png"
          className="bg-accent hover:bg-accent-dark inline-block rounded px-4 py-2 font-semibold text-white"
        >
          {t.byHand.link}
        </a>
        <span className="text-muted mt-1 block text-sm">
          {t.byHand.size(frame.width, frame.height)}
        </span>
      </p>
      {hashtag ? <p className="font-semibold">{t.hashtag(hashtag)}</p> : null}
    </section>
  );
}

import type { Metadata } from "next";
import { unsubscribeAction } from "@/app/(site)/comments/unsubscribe/actions";
import { readUnsubscribeToken } from "@/lib/comments/tokens";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Stop reply notifications",
  robots: { index: false, follow: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the emailed link only asks; the POST unsubscribes (mail scanners follow links). */
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const email = readUnsubscribeToken(token);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Stop reply notifications</h1>
      {query.done === "1" ? (
        <p role="status">Done: you will get no more emails about replies to your comments.</p>
      ) : email ? (
        <form action={unsubscribeAction} className="space-y-4">
          <p>Stop emailing you when someone replies to your comments on this site?</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="bg-accent rounded px-5 py-2 font-semibold text-white">
            Stop the emails
          </button>
        </form>
      ) : (
        <p role="alert">This link is not valid. Please use the link from the most recent email.</p>
      )}
    </div>
  );
}

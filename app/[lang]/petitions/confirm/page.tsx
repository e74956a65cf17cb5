import type { Metadata } from "next";
import { LinkPage, linkPageMetadata } from "@/components/petitions/link-page";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The emailed token is read per request; cache-policy.ts keeps every cache away from it.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return linkPageMetadata("confirm", (await params).lang);
}

export default async function Page({ params, searchParams }: Props) {
  return <LinkPage purpose="confirm" segment={(await params).lang} query={await searchParams} />;
}

import type { Metadata } from "next";
import { JsonLd } from "@/components/seo/json-ld";
import { HomePage } from "@/components/site/home-page";
import { homeJsonLd } from "@/lib/seo/json-ld";
import { buildSiteMetadata } from "@/lib/seo/metadata";
import { getSiteSettings } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return buildSiteMetadata(await getSiteSettings());
}

export default async function Home() {
  const settings = await getSiteSettings();
  return (
    <>
      <JsonLd data={homeJsonLd(settings)} />
      <HomePage page={1} />
    </>
  );
}

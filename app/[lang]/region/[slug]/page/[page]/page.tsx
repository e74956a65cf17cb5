import type { Metadata } from "next";
import { type ArchiveParams, TermArchive, archiveMetadata } from "@/components/site/term-archive";

type Props = { params: ArchiveParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveMetadata("REGION", params);
}

export default function RegionArchivePage({ params }: Props) {
  return <TermArchive taxonomy="REGION" params={params} />;
}

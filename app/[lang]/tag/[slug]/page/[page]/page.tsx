import type { Metadata } from "next";
import { type ArchiveParams, TermArchive, archiveMetadata } from "@/components/site/term-archive";

type Props = { params: ArchiveParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveMetadata("TAG", params);
}

export default function TagArchivePage({ params }: Props) {
  return <TermArchive taxonomy="TAG" params={params} />;
}

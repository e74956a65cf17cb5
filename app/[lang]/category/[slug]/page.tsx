import type { Metadata } from "next";
import { type ArchiveParams, TermArchive, archiveMetadata } from "@/components/site/term-archive";

type Props = { params: ArchiveParams };

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return archiveMetadata("CATEGORY", params);
}

export default function CategoryArchive({ params }: Props) {
  return <TermArchive taxonomy="CATEGORY" params={params} />;
}

import type { Metadata } from "next";
import { HomePage } from "@/components/site/home-page";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default function Home() {
  return <HomePage page={1} />;
}

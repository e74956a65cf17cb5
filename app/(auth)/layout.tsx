import type { ReactNode } from "react";
import { StaffDocument, staffMetadata, staffViewport } from "@/components/admin/staff-document";
import "../globals.css";

export const generateMetadata = staffMetadata;
export const generateViewport = staffViewport;

export default function StaffRootLayout({ children }: { children: ReactNode }) {
  return <StaffDocument>{children}</StaffDocument>;
}

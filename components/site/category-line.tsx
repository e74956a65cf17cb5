import Link from "next/link";
import { termPath } from "@/lib/urls";

/** The small red line of category links above a story's title. */
export function CategoryLine({ categories }: { categories: { name: string; slug: string }[] }) {
  return (
    <p className="text-accent text-xs font-bold tracking-widest uppercase">
      {categories.map((category, index) => (
        <span key={category.slug}>
          {index > 0 && " · "}
          <Link href={termPath("CATEGORY", category.slug)} className="hover:underline">
            {category.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

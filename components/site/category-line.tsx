import Link from "next/link";
import { type PathLanguage, termPath } from "@/lib/urls";

/** The small red line of category links above a story's title, in the story's language. */
export function CategoryLine({
  categories,
  language,
}: {
  categories: { name: string; slug: string }[];
  language: PathLanguage;
}) {
  return (
    <p className="text-accent text-xs font-bold tracking-widest uppercase">
      {categories.map((category, index) => (
        <span key={category.slug}>
          {index > 0 && " · "}
          <Link href={termPath("CATEGORY", category.slug, language)} className="hover:underline">
            {category.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

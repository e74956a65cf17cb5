import { type JsonLdObject, serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * Structured data for search engines. A JSON-LD block is data the browser never executes, so it
 * needs no CSP allowance; serializeJsonLd escapes `<` so the content cannot close the element.
 */
export function JsonLd({ data }: { data: JsonLdObject | JsonLdObject[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}

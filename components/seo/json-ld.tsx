import { serializeJsonLd, type JsonLdDocument } from "@/lib/seo/json-ld";

/**
 * Structured data as an inline `<script type="application/ld+json">`, rendered on the server
 * (no client JS). Build `data` with the typed builders in lib/seo/structured-data.ts, e.g.
 * `<JsonLd data={breadcrumbJsonLd([{ name: "Home", path: "/" }, …])} />`; the serialiser
 * escapes `<` so text in the data can never close the script element.
 */
export function JsonLd({ data }: { data: JsonLdDocument }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

import type { Graph, Thing, WithContext } from "schema-dts";

/** A JSON-LD document: one typed schema.org object with its @context, or an @graph of several. */
export type JsonLdDocument = WithContext<Exclude<Thing, string>> | Graph;

// Characters that could end the <script> element or open a comment or CDATA section inside it.
// Their \u escapes are the same characters to a JSON parser, so the data reads back unchanged.
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for an inline `<script type="application/ld+json">`: JSON.stringify alone would let a
 * title containing `</script>` end the element and inject markup (see Next's JSON-LD guide).
 */
export function serializeJsonLd(data: JsonLdDocument): string {
  return JSON.stringify(data).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/seo/json-ld";

describe("serializeJsonLd", () => {
  const attack = 'Intro </script><script>alert("x")</script> <!-- & more';
  const doc = { "@context": "https://schema.org", "@type": "Article", headline: attack } as const;

  it("cannot close the surrounding script element or open a comment", () => {
    const json = serializeJsonLd(doc);
    expect(json).not.toMatch(/<|>/);
    expect(json).not.toContain("</script");
    expect(json).toContain("\\u003c/script\\u003e");
  });

  it("parses back to exactly the same data", () => {
    expect(JSON.parse(serializeJsonLd(doc))).toEqual(doc);
  });

  it("escapes the line separators some parsers treat as line ends", () => {
    const json = serializeJsonLd({ "@context": "https://schema.org", "@type": "Thing", name: "a\u2028b" });
    expect(json).toContain("\\u2028");
    expect(JSON.parse(json).name).toBe("a\u2028b");
  });
});

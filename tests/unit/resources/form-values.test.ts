import { describe, expect, it } from "vitest";
import { differingFields, EMPTY_VALUES, requestOf, valuesOf } from "@/components/resource-admin/form-values";
import type { ResourceDto } from "@/components/resource-admin/resource-dto";
import { resourceSlug } from "@/lib/resources/input";

const stored: ResourceDto = {
  id: 3,
  kind: "REFCARD",
  number: 12,
  slug: "kafka-essentials",
  title: "Kafka Essentials",
  summary: "A summary.",
  bodyMarkdown: "## Body",
  coverImageUrl: null,
  file: { key: "resources/0123456789abcdef0123456789abcdef.pdf", size: 2048 },
  authors: [{ id: 5, name: "Ada", username: "ada" }],
  zoneIds: [2, 4],
  publishedAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-02T10:00:00.000Z",
  downloadCount: 10,
  path: "/refcards/kafka-essentials",
};

describe("the resource form's values", () => {
  it("round-trip a stored resource into the request that saves it unchanged", () => {
    expect(requestOf(valuesOf(stored))).toEqual({
      title: "Kafka Essentials",
      slug: "kafka-essentials",
      number: 12,
      summary: "A summary.",
      bodyMarkdown: "## Body",
      authorIds: [5],
      zoneIds: [2, 4],
      coverImageUrl: null,
      pdfKey: "resources/0123456789abcdef0123456789abcdef.pdf",
      published: true,
    });
  });

  it("send a blank number as null (next free one) and anything but digits as typed, for the server to name", () => {
    expect(requestOf({ ...EMPTY_VALUES, number: "  " }).number).toBeNull();
    expect(requestOf({ ...EMPTY_VALUES, number: " 42 " }).number).toBe(42);
    expect(requestOf({ ...EMPTY_VALUES, number: "4.5" }).number).toBe("4.5");
  });

  it("name the fields another editor's version differs in", () => {
    const mine = { ...valuesOf(stored), title: "My title", zoneIds: [2] };
    expect(differingFields(mine, stored)).toEqual(["Title", "Zones"]);
    expect(differingFields(valuesOf(stored), stored)).toEqual([]);
  });

  it("make the slug from the title until one is typed", () => {
    expect(resourceSlug({ slug: "", title: "C# & .NET: Quick Reference" })).toBe(
      "c-sharp-net-quick-reference",
    );
    expect(resourceSlug({ slug: "my-slug", title: "Anything" })).toBe("my-slug");
    expect(resourceSlug({ slug: "", title: "a".repeat(150) })).toHaveLength(100);
  });
});

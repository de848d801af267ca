import { describe, expect, it } from "vitest";
import { draftInputSchema } from "@/lib/validation/drafts";

const base = { title: "A draft", summary: "", bodyMarkdown: "", zoneId: 1, tags: [] };
const cover = (coverImageUrl: unknown) => draftInputSchema.safeParse({ ...base, coverImageUrl });

describe("draft cover images", () => {
  it("keeps covers served by this site: uploads and the bundled demo images", () => {
    // Seeded drafts carry /images/demo/… covers; saving such a draft must not fail on them.
    expect(cover("/uploads/covers/0f3a9c.webp").success).toBe(true);
    expect(cover("/images/demo/cluster-topology.svg").success).toBe(true);
    expect(cover("https://images.example.org/cover.png").success).toBe(true);
    expect(cover(null).data?.coverImageUrl).toBeNull();
    expect(cover("").data?.coverImageUrl).toBeNull();
  });

  it.each([
    "javascript:alert(1)",
    "//evil.example/x.png",
    "/images/../secret",
    "http://plain.example/x.png",
    "/api/me",
    "data:image/png;base64,AAAA",
  ])("refuses %s on the cover field", (url) => {
    const result = cover(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["coverImageUrl"]);
  });
});

import { describe, expect, it } from "vitest";
import { groupMyArticles } from "@/lib/authoring/my-articles";
import type { OwnArticle, OwnArticleEvent } from "@/lib/db/drafts";

let nextId = 1;
function article(
  status: OwnArticle["status"],
  events: Omit<OwnArticleEvent, "id" | "reason">[] = [],
): OwnArticle {
  const id = nextId++;
  return {
    id,
    slug: `a-${id}`,
    title: `Article ${id}`,
    status,
    zoneName: "Java",
    updatedAt: new Date(Date.UTC(2026, 0, id)),
    submittedAt: null,
    publishedAt: null,
    scheduledFor: null,
    events: events.map((event, i) => ({ id: id * 100 + i, reason: null, ...event })),
  };
}

const at = (day: number) => new Date(Date.UTC(2026, 1, day));

describe("groupMyArticles", () => {
  it("always shows the five review groups in order, Archived only when used", () => {
    const headings = (groups: ReturnType<typeof groupMyArticles>) => groups.map((g) => g.heading);
    expect(headings(groupMyArticles([article("DRAFT")]))).toEqual([
      "Drafts",
      "Submitted",
      "Changes requested",
      "Published",
      "Rejected",
    ]);
    expect(headings(groupMyArticles([article("ARCHIVED")])).at(-1)).toBe("Archived");
  });

  it("puts each article in its status's group, keeping the given order", () => {
    const [a, b, c] = [article("SUBMITTED"), article("DRAFT"), article("SUBMITTED")];
    const groups = groupMyArticles([a!, b!, c!]);
    expect(groups.find((g) => g.status === "SUBMITTED")!.articles.map((x) => x.id)).toEqual([a!.id, c!.id]);
    expect(groups.find((g) => g.status === "DRAFT")!.articles.map((x) => x.id)).toEqual([b!.id]);
  });

  it("shows the note of the decision that put it in its status, not older ones", () => {
    // Newest first, as listOwnArticles returns them.
    const changes = article("CHANGES_REQUESTED", [
      { createdAt: at(5), fromStatus: "SUBMITTED", toStatus: "CHANGES_REQUESTED", note: "Add benchmarks" },
      { createdAt: at(3), fromStatus: "CHANGES_REQUESTED", toStatus: "SUBMITTED", note: null },
      { createdAt: at(2), fromStatus: "SUBMITTED", toStatus: "CHANGES_REQUESTED", note: "Shorter intro" },
    ]);
    const rejected = article("REJECTED", [
      { createdAt: at(4), fromStatus: "SUBMITTED", toStatus: "REJECTED", note: "Off topic for this zone" },
    ]);
    // A draft that was once sent back shows no stale feedback.
    const withdrawn = article("DRAFT", [
      { createdAt: at(6), fromStatus: "SUBMITTED", toStatus: "DRAFT", note: null },
      { createdAt: at(1), fromStatus: "SUBMITTED", toStatus: "CHANGES_REQUESTED", note: "Old note" },
    ]);
    const all = groupMyArticles([changes, rejected, withdrawn]).flatMap((g) => g.articles);
    expect(Object.fromEntries(all.map((a) => [a.status, a.feedback]))).toEqual({
      CHANGES_REQUESTED: "Add benchmarks",
      REJECTED: "Off topic for this zone",
      DRAFT: null,
    });
  });
});

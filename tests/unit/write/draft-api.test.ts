import { afterEach, describe, expect, it, vi } from "vitest";
import { createDraft, outcomeOf, saveDraft, submitDraft } from "@/components/write/draft-api";
import type { DraftDto, DraftValues } from "@/components/write/draft-types";
import { tagProblem, cleanTag } from "@/components/write/tag-rules";
import { zoneGroups } from "@/components/write/zone-groups";

const values: DraftValues = {
  title: "A title",
  summary: "",
  bodyMarkdown: "Body",
  zoneId: 2,
  tags: [],
  coverImageUrl: null,
};
const draft = { ...values, id: 7, version: 3 } as DraftDto;

describe("drafts API outcomes", () => {
  it("maps each answer to what the form does next", () => {
    expect(outcomeOf(201, { draft })).toEqual({ kind: "saved", draft });
    expect(outcomeOf(422, { detail: "Some fields need attention", errors: { title: "Too long" } })).toEqual({
      kind: "invalid",
      detail: "Some fields need attention",
      errors: { title: "Too long" },
    });
    expect(outcomeOf(409, { current: draft })).toEqual({ kind: "conflict", current: draft });
    expect(outcomeOf(409, { detail: "Withdraw it first." })).toEqual({
      kind: "not-editable",
      detail: "Withdraw it first.",
    });
    expect(outcomeOf(404, {}).kind).toBe("gone");
    expect(outcomeOf(401, {})).toMatchObject({ kind: "failed", detail: expect.stringMatching(/session/) });
    expect(outcomeOf(500, {}).kind).toBe("failed");
  });

  afterEach(() => vi.unstubAllGlobals());

  it("creates with POST, saves with PUT and submits with POST, each later one carrying the version", async () => {
    const fetch = vi.fn(async () => Response.json({ draft }, { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    await createDraft(values);
    await saveDraft(7, values, 3);
    await submitDraft(7, values, 4);
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "POST /api/drafts",
      "PUT /api/drafts/7",
      "POST /api/drafts/7/submit",
    ]);
    expect(JSON.parse(String(calls[0]![1].body))).toEqual(values);
    expect(JSON.parse(String(calls[1]![1].body))).toEqual({ ...values, version: 3 });
    expect(JSON.parse(String(calls[2]![1].body))).toEqual({ ...values, version: 4 });
  });

  it("reports a network failure instead of throwing (the text stays in the form)", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    expect((await saveDraft(7, values, 3)).kind).toBe("failed");
  });
});

describe("tags and zones for the form", () => {
  it("tidies tags and refuses ones the server would refuse", () => {
    expect(cleanTag("  Node   js ")).toBe("Node js");
    expect(tagProblem("a", [])).toMatch(/2 to 30/);
    expect(tagProblem("x".repeat(31), [])).toMatch(/2 to 30/);
    expect(tagProblem("!!", [])).toMatch(/letter or a digit/);
    expect(tagProblem("six", ["a1", "b2", "c3", "d4", "e5"])).toMatch(/at most 5/);
    expect(tagProblem("C#", [])).toBeNull();
  });

  it("groups zones by category and leaves out categories without zones", () => {
    expect(
      zoneGroups([
        { name: "Data", zones: [{ id: 1, name: "Databases" }] },
        { name: "Empty", zones: [] },
      ]),
    ).toEqual([{ category: "Data", zones: [{ id: 1, name: "Databases" }] }]);
  });
});

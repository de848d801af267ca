import { rm } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadRoute } from "@/app/api/resources/[id]/download/route";
import { GET as fileRoute, HEAD as fileHeadRoute } from "@/app/api/resources/[id]/file/route";
import { GET as serveUpload } from "@/app/uploads/[...key]/route";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { DOWNLOAD_LINK_TTL_SECONDS } from "@/lib/resources/download-link";
import { newUploadKey } from "@/lib/uploads/keys";
import { uploadStorage } from "@/lib/uploads/storage";
import { createResource } from "@/tests/factories/resources";
import { createUser } from "@/tests/factories/users";
import { uploadedPdf } from "./helpers";
import { requestScope, signIn } from "./request-scope";

// The Download route and the file route behind the signed link, as a browser reaches them: the
// session is a real cookie our login would issue (only Next's cookie store and cache
// invalidation are replaced), storage and the database are real.
const uploadDir = await vi.hoisted(async () =>
  (await import("./request-scope")).temporaryUploadDir("downloads"),
);
vi.mock("next/headers", async () => (await import("./request-scope")).nextHeadersMock());
vi.mock("next/cache", async () => ({
  revalidateTag: (await import("./request-scope")).requestScope.revalidateTag,
}));

afterAll(() => rm(uploadDir, { recursive: true, force: true }));

const ORIGIN = "http://localhost:3000";
const HTML = "text/html,application/xhtml+xml";

function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { "Sec-Fetch-Site": "same-origin", ...headers } });
}

const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

/** Follows the Download route to the signed link it hands out. */
async function signedLinkFor(resourceId: number): Promise<string> {
  const response = await downloadRoute(get(`/api/resources/${resourceId}/download`), params(resourceId));
  expect(response.status).toBe(303);
  const location = new URL(response.headers.get("location") ?? "", ORIGIN);
  expect(location.pathname).toBe(`/api/resources/${resourceId}/file`);
  return `${location.pathname}${location.search}`;
}

async function fetchFile(link: string, headers: Record<string, string> = {}): Promise<Response> {
  const id = /^\/api\/resources\/([^/]+)\/file/.exec(link)?.[1] ?? "";
  return fileRoute(get(link, headers), params(id));
}

async function downloadsOf(id: number): Promise<number> {
  return (await db.resource.findUniqueOrThrow({ where: { id }, select: { downloadCount: true } }))
    .downloadCount;
}

let member: User;
let other: User;
let refcard: { id: number; slug: string; number: number | null };
let pdf: { key: string; bytes: Buffer };

beforeAll(async () => {
  member = await createUser();
  other = await createUser();
  pdf = await uploadedPdf(member.id, "Downloadable card");
  refcard = await createResource({ kind: "REFCARD", fileUrl: pdf.key, fileSize: pdf.bytes.byteLength });
});

beforeEach(async () => {
  await signIn(null);
  requestScope.revalidateTag.mockClear();
});

describe("GET /api/resources/[id]/download", () => {
  it("sends a signed-out visitor to log in and back to the resource's page", async () => {
    const response = await downloadRoute(get(`/api/resources/${refcard.id}/download`), params(refcard.id));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/login?next=${encodeURIComponent(`/refcards/${refcard.slug}`)}`,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("hands a member a link for them that expires in five minutes", async () => {
    await signIn(member);
    const link = new URL(await signedLinkFor(refcard.id), ORIGIN);
    expect(link.searchParams.get("member")).toBe(String(member.id));
    const expires = Number(link.searchParams.get("expires"));
    expect(expires - Date.now() / 1000).toBeGreaterThan(DOWNLOAD_LINK_TTL_SECONDS - 5);
    expect(expires - Date.now() / 1000).toBeLessThanOrEqual(DOWNLOAD_LINK_TTL_SECONDS);
  });

  it("sends a request started on another site to the page instead, and has nothing for drafts", async () => {
    await signIn(member);
    const crossSite = await downloadRoute(
      get(`/api/resources/${refcard.id}/download`, { "Sec-Fetch-Site": "cross-site" }),
      params(refcard.id),
    );
    expect(crossSite.status).toBe(303);
    expect(crossSite.headers.get("location")).toBe(`/refcards/${refcard.slug}`);

    const draft = await createResource({ publishedAt: null, fileUrl: pdf.key });
    const withoutFile = await createResource({ fileUrl: null });
    for (const id of [draft.id, withoutFile.id, "abc", 0]) {
      expect((await downloadRoute(get(`/api/resources/${id}/download`), params(id))).status, String(id)).toBe(
        404,
      );
    }
  });
});

describe("GET /api/resources/[id]/file (the signed link)", () => {
  it("streams the PDF as an attachment that is never cached, and counts it exactly once", async () => {
    await signIn(member);
    const before = await downloadsOf(refcard.id);
    const response = await fetchFile(await signedLinkFor(refcard.id));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="refcard-${refcard.number}-${refcard.slug}.pdf"`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf.bytes)).toBe(true);
    expect(await downloadsOf(refcard.id)).toBe(before + 1);
    // The resource's page shows the new count on its next request.
    expect(requestScope.revalidateTag).toHaveBeenCalledWith(TAGS.resource(refcard.slug), { expire: 0 });

    // A HEAD checks the link without sending or counting anything; a second download counts again.
    const link = await signedLinkFor(refcard.id);
    const head = await fileHeadRoute(get(link), params(refcard.id));
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(pdf.bytes.byteLength));
    expect(await downloadsOf(refcard.id)).toBe(before + 1);
    expect((await fetchFile(link)).status).toBe(200);
    expect(await downloadsOf(refcard.id)).toBe(before + 2);
  });

  it("answers 410 with a clear message once the link has expired", async () => {
    await signIn(member);
    const link = await signedLinkFor(refcard.id);
    const before = await downloadsOf(refcard.id);
    vi.useFakeTimers({ now: Date.now() + (DOWNLOAD_LINK_TTL_SECONDS + 1) * 1000, toFake: ["Date"] });
    try {
      const json = await fetchFile(link);
      expect(json.status).toBe(410);
      expect(await json.json()).toMatchObject({
        detail: expect.stringMatching(/has expired: links work for five minutes/),
      });
      // A browser gets a page with the way back.
      const page = await fetchFile(link, { Accept: HTML });
      expect(page.status).toBe(410);
      expect(page.headers.get("content-type")).toContain("text/html");
      const html = await page.text();
      expect(html).toContain("Download link expired");
      expect(html).toContain(`href="/refcards/${refcard.slug}"`);
    } finally {
      vi.useRealTimers();
    }
    expect(await downloadsOf(refcard.id)).toBe(before);
  });

  it("refuses a link with any part changed (403) and counts nothing", async () => {
    await signIn(member);
    const link = new URL(await signedLinkFor(refcard.id), ORIGIN);
    const otherResource = await createResource({ fileUrl: pdf.key });
    const variants: string[] = [];
    for (const [name, value] of [
      ["member", String(other.id)],
      ["expires", String(Number(link.searchParams.get("expires")) + 3600)],
      [
        "signature",
        `${link.searchParams.get("signature")?.startsWith("A") ? "B" : "A"}${link.searchParams.get("signature")?.slice(1)}`,
      ],
    ] as const) {
      const changed = new URL(link);
      changed.searchParams.set(name, value);
      variants.push(`${changed.pathname}${changed.search}`);
    }
    variants.push(`/api/resources/${otherResource.id}/file${link.search}`);
    variants.push(`/api/resources/${refcard.id}/file`);
    const before = await downloadsOf(refcard.id);
    for (const variant of variants) {
      const response = await fetchFile(variant);
      expect(response.status, variant).toBe(403);
      expect((await response.json()) as { detail: string }).toMatchObject({
        detail: expect.stringMatching(/not valid/),
      });
    }
    expect(await downloadsOf(refcard.id)).toBe(before);
    expect(await downloadsOf(otherResource.id)).toBe(0);
  });

  it("is refused to another member (403) and sends a signed-out visitor to log in", async () => {
    await signIn(member);
    const link = await signedLinkFor(refcard.id);
    const before = await downloadsOf(refcard.id);

    await signIn(other);
    const stolen = await fetchFile(link);
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toMatchObject({ detail: expect.stringMatching(/made for another member/) });

    await signIn(null);
    const signedOut = await fetchFile(link);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toBe(
      `/login?next=${encodeURIComponent(`/refcards/${refcard.slug}`)}`,
    );
    expect(await downloadsOf(refcard.id)).toBe(before);
  });

  it("answers 404 without counting when the file is missing from storage", async () => {
    await signIn(member);
    const resource = await createResource({ fileUrl: newUploadKey("resources", "pdf") });
    const response = await fetchFile(await signedLinkFor(resource.id));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ detail: expect.stringMatching(/missing on the server/) });
    expect(await downloadsOf(resource.id)).toBe(0);
  });

  it("stops working when the resource is unpublished", async () => {
    await signIn(member);
    const resource = await createResource({ fileUrl: pdf.key });
    const link = await signedLinkFor(resource.id);
    await db.resource.update({ where: { id: resource.id }, data: { publishedAt: null } });
    expect((await fetchFile(link)).status).toBe(404);
    expect(await downloadsOf(resource.id)).toBe(0);
  });
});

describe("guessing file paths", () => {
  it("gets nothing from /uploads, with or without an Upload row", async () => {
    const response = await serveUpload(new Request(`${ORIGIN}/uploads/${pdf.key}`), {
      params: Promise.resolve({ key: pdf.key.split("/") }),
    });
    expect(response.status).toBe(404);
    // A PDF recorded under another folder is refused by its type.
    const key = newUploadKey("covers", "webp");
    await uploadStorage().put(key, pdf.bytes, "application/pdf");
    await db.upload.create({ data: { key, mimeType: "application/pdf", size: pdf.bytes.byteLength } });
    const disguised = await serveUpload(new Request(`${ORIGIN}/uploads/${key}`), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(disguised.status).toBe(404);
  });
});

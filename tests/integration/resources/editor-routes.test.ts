import { rm } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as saveRoute } from "@/app/api/editor/resources/[id]/route";
import { GET as authorsRoute } from "@/app/api/editor/resources/authors/route";
import { POST as pdfRoute } from "@/app/api/editor/resources/pdf/route";
import { POST as createRoute } from "@/app/api/editor/resources/route";
import type { PdfUploadResponse, ResourceDto } from "@/components/resource-admin/resource-dto";
import { TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import type { User, Zone } from "@/lib/db/generated/client";
import { PDF_MAX_BYTES } from "@/lib/uploads/pdf";
import { uploadStorage } from "@/lib/uploads/storage";
import { buildPdf } from "@/prisma/seed/resource-pdf";
import { solidPng } from "@/tests/fixtures/images/make";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";
import { requestScope, signIn } from "./request-scope";

// The editor's resource routes with a real session cookie (only Next's cookie store and cache
// invalidation replaced); rendering, storage and the database are real.
const uploadDir = await vi.hoisted(async () =>
  (await import("./request-scope")).temporaryUploadDir("resource-routes"),
);
vi.mock("next/headers", async () => (await import("./request-scope")).nextHeadersMock());
vi.mock("next/cache", async () => ({
  revalidateTag: (await import("./request-scope")).requestScope.revalidateTag,
}));

afterAll(() => rm(uploadDir, { recursive: true, force: true }));

const ORIGIN = "http://localhost:3000";

function json(path: string, method: string, body: unknown, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify(body),
  });
}

function pdfUpload(bytes: Uint8Array | null, name = "card.pdf"): Request {
  const form = new FormData();
  if (bytes) form.set("pdf", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
  return new Request(`${ORIGIN}/api/editor/resources/pdf`, {
    method: "POST",
    headers: { Origin: ORIGIN },
    body: form,
  });
}

const idParams = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });

let editor: User;
let member: User;
let author: User;
let zone: Zone;

function validBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: "REFCARD",
    title: `Route Refcard ${uniqueSuffix()}`,
    summary: "Made through the route.",
    bodyMarkdown: "## What it covers\n\nEverything.",
    authorIds: [author.id],
    zoneIds: [zone.id],
    ...overrides,
  };
}

beforeAll(async () => {
  editor = await createUser({ role: "EDITOR" });
  member = await createUser();
  author = await createUser({ name: `Ada Routeauthor ${uniqueSuffix()}` });
  zone = await createZone();
});

beforeEach(async () => {
  await signIn(editor);
  requestScope.revalidateTag.mockClear();
});

describe("POST /api/editor/resources", () => {
  it("is for editors only, from our own pages", async () => {
    const before = await db.resource.count();
    await signIn(null);
    expect((await createRoute(json("/api/editor/resources", "POST", validBody()))).status).toBe(401);
    await signIn(member);
    expect((await createRoute(json("/api/editor/resources", "POST", validBody()))).status).toBe(403);
    await signIn(editor);
    const crossSite = await createRoute(
      json("/api/editor/resources", "POST", validBody(), "https://evil.example"),
    );
    expect(crossSite.status).toBe(403);
    expect(await db.resource.count()).toBe(before);
  });

  it("names every bad field in a 422", async () => {
    const response = await createRoute(
      json("/api/editor/resources", "POST", {
        kind: "POSTER",
        title: "x",
        number: "twelve",
        authorIds: [],
        zoneIds: "all",
      }),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = (await response.json()) as { errors: Record<string, string> };
    expect(body.errors).toEqual({
      kind: "Choose Refcard or Trend Report",
      title: "Give a title of at least 3 characters",
      number: "The number must be a whole number",
      authorIds: "Add at least one author",
      zoneIds: "Choose the zones from the list",
    });
    const notJson = await createRoute(
      new Request(`${ORIGIN}/api/editor/resources`, {
        method: "POST",
        headers: { Origin: ORIGIN },
        body: "{oops",
      }),
    );
    expect(notJson.status).toBe(422);
  });

  it("creates the Refcard and refreshes every page that lists it", async () => {
    const response = await createRoute(json("/api/editor/resources", "POST", validBody()));
    expect(response.status).toBe(201);
    const { resource } = (await response.json()) as { resource: ResourceDto };
    expect(resource).toMatchObject({ kind: "REFCARD", number: expect.any(Number), publishedAt: null });
    expect(resource.path).toBe(`/refcards/${resource.slug}`);
    for (const tag of [TAGS.resources, TAGS.home, TAGS.resource(resource.slug), TAGS.zone(zone.slug)]) {
      expect(requestScope.revalidateTag).toHaveBeenCalledWith(tag, { expire: 0 });
    }
  });
});

describe("PUT /api/editor/resources/[id]", () => {
  it("saves, then answers 409 with the stored version to a save from an older form", async () => {
    const created = (await (
      await createRoute(json("/api/editor/resources", "POST", validBody()))
    ).json()) as {
      resource: ResourceDto;
    };
    const { id, updatedAt, slug } = created.resource;
    const save = (title: string, loadedAt: string) =>
      saveRoute(
        json(`/api/editor/resources/${id}`, "PUT", {
          ...validBody({ title, slug }),
          kind: undefined,
          updatedAt: loadedAt,
        }),
        idParams(id),
      );

    const first = await save("Saved first", updatedAt);
    expect(first.status).toBe(200);
    const stale = await save("Saved second", updatedAt);
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { detail: string; current: ResourceDto };
    expect(conflict.current.title).toBe("Saved first");
    expect(conflict.detail).toMatch(/Your changes are still in the form/);

    const unknown = json("/api/editor/resources/999999999", "PUT", {
      ...validBody(),
      kind: undefined,
      updatedAt,
    });
    expect((await saveRoute(unknown, idParams(999_999_999))).status).toBe(404);
    expect((await saveRoute(json("/api/editor/resources/1x", "PUT", {}), idParams("1x"))).status).toBe(404);
    const noVersion = await saveRoute(
      json(`/api/editor/resources/${id}`, "PUT", { ...validBody(), kind: undefined }),
      idParams(id),
    );
    expect(((await noVersion.json()) as { errors: Record<string, string> }).errors.updatedAt).toMatch(
      /Reload the page/,
    );
  });

  it("deletes the replaced PDF's file once the new one is saved", async () => {
    const upload = async (title: string) =>
      ((await (await pdfRoute(pdfUpload(buildPdf({ title, lines: ["x"] })))).json()) as PdfUploadResponse)
        .key;
    const firstKey = await upload("First edition");
    const created = (await (
      await createRoute(
        json("/api/editor/resources", "POST", validBody({ pdfKey: firstKey, published: true })),
      )
    ).json()) as { resource: ResourceDto };
    expect(await uploadStorage().get(firstKey)).not.toBeNull();

    const secondKey = await upload("Second edition");
    const { resource } = created;
    const response = await saveRoute(
      json(`/api/editor/resources/${resource.id}`, "PUT", {
        ...validBody({ title: resource.title, slug: resource.slug, pdfKey: secondKey, published: true }),
        kind: undefined,
        updatedAt: resource.updatedAt,
      }),
      idParams(resource.id),
    );
    expect(response.status).toBe(200);
    expect(await uploadStorage().get(firstKey)).toBeNull();
    expect(await uploadStorage().get(secondKey)).not.toBeNull();
  });
});

describe("POST /api/editor/resources/pdf", () => {
  async function refusal(response: Response) {
    const body = (await response.json()) as { errors?: { pdf?: string } };
    return { status: response.status, message: body.errors?.pdf ?? "" };
  }

  it("stores a real PDF under a random key no public URL serves", async () => {
    const bytes = buildPdf({ title: "Uploaded through the route", lines: ["Hello"] });
    const response = await pdfRoute(pdfUpload(bytes, "My Card.pdf"));
    expect(response.status).toBe(201);
    const body = (await response.json()) as PdfUploadResponse;
    expect(body).toEqual({
      key: expect.stringMatching(/^resources\/[0-9a-f]{32}\.pdf$/),
      size: bytes.byteLength,
      name: "My Card.pdf",
    });
    expect(Buffer.from((await uploadStorage().get(body.key)) ?? []).equals(bytes)).toBe(true);
    expect(
      await db.upload.findUnique({ where: { key: body.key }, select: { mimeType: true, ownerId: true } }),
    ).toEqual({
      mimeType: "application/pdf",
      ownerId: editor.id,
    });
  });

  it("refuses what is not a whole PDF, whatever its name says, and files over 20 MB", async () => {
    const before = await db.upload.count();
    expect(await refusal(await pdfRoute(pdfUpload(await solidPng(), "cheat-sheet.pdf")))).toEqual({
      status: 422,
      message: expect.stringMatching(/not a PDF \(it looks like a PNG file\)/),
    });
    const whole = buildPdf({ title: "Cut short", lines: ["…"] });
    expect(await refusal(await pdfRoute(pdfUpload(whole.subarray(0, whole.length - 30))))).toEqual({
      status: 422,
      message: expect.stringMatching(/incomplete or damaged/),
    });
    expect(
      await refusal(await pdfRoute(pdfUpload(Buffer.concat([whole, Buffer.alloc(PDF_MAX_BYTES)])))),
    ).toEqual({
      status: 413,
      message: expect.stringMatching(/larger than 20 MB/),
    });
    expect(await refusal(await pdfRoute(pdfUpload(null)))).toEqual({
      status: 422,
      message: expect.stringMatching(/Choose a PDF/),
    });
    expect(await db.upload.count()).toBe(before);
  });

  it("is for editors only", async () => {
    await signIn(member);
    expect((await pdfRoute(pdfUpload(buildPdf({ title: "No", lines: [] })))).status).toBe(403);
    await signIn(null);
    expect((await pdfRoute(pdfUpload(buildPdf({ title: "No", lines: [] })))).status).toBe(401);
  });
});

describe("GET /api/editor/resources/authors", () => {
  it("finds active members by name or username for editors only", async () => {
    const suspended = await createUser({ name: `${author.name} Twin`, suspendedAt: new Date() });
    const found = async (q: string) => {
      const response = await authorsRoute(
        new Request(`${ORIGIN}/api/editor/resources/authors?q=${encodeURIComponent(q)}`),
      );
      return ((await response.json()) as { members: { id: number }[] }).members.map((m) => m.id);
    };
    expect(await found(author.name)).toEqual([author.id]);
    expect(await found(author.username.toUpperCase())).toEqual([author.id]);
    expect(await found(suspended.username)).toEqual([]);
    expect(await found("   ")).toEqual([]);
    await signIn(member);
    expect((await authorsRoute(new Request(`${ORIGIN}/api/editor/resources/authors?q=a`))).status).toBe(403);
  });
});

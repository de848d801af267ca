import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as moveCategory } from "@/app/api/editor/categories/[id]/move/route";
import { DELETE as deleteCategory, PATCH as patchCategory } from "@/app/api/editor/categories/[id]/route";
import { POST as postCategory } from "@/app/api/editor/categories/route";
import { PATCH as patchPage } from "@/app/api/editor/pages/[id]/route";
import { POST as postPage } from "@/app/api/editor/pages/route";
import { POST as moveZone } from "@/app/api/editor/zones/[id]/move/route";
import { DELETE as deleteZone, PATCH as patchZone } from "@/app/api/editor/zones/[id]/route";
import { POST as postZone } from "@/app/api/editor/zones/route";
import type { CurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { findRedirect } from "@/lib/db/redirects";
import { getPageBySlug } from "@/lib/db/pages";
import { createCategory, createZone } from "@/tests/factories/zones";
import { idContext, jsonRequest, problemOf, userWithRole } from "./helpers";

// The admin-only handlers (categories, zones, content pages) with only "who is signed in"
// replaced: every one checks the role itself, whatever the proxy in front of the pages does.
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null, expired: [] as string[] }));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => mocks.expired.push(tag) }));

beforeEach(() => {
  mocks.currentUser = null;
  mocks.expired.length = 0;
});

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

describe("admin-only handlers", () => {
  it("answer 401 signed out, 403 to members and editors, and act for admins", async () => {
    const category = await createCategory();
    const zone = await createZone();
    const sends: [string, () => Promise<Response>][] = [
      ["create category", () => postCategory(jsonRequest("/api/editor/categories", "POST", { name: "X" }))],
      [
        "edit category",
        () =>
          patchCategory(
            jsonRequest(`/api/editor/categories/${category.id}`, "PATCH", {}),
            idContext(category.id),
          ),
      ],
      [
        "delete category",
        () =>
          deleteCategory(
            jsonRequest(`/api/editor/categories/${category.id}`, "DELETE"),
            idContext(category.id),
          ),
      ],
      [
        "move category",
        () =>
          moveCategory(
            jsonRequest(`/api/editor/categories/${category.id}/move`, "POST", { direction: "up" }),
            idContext(category.id),
          ),
      ],
      ["create zone", () => postZone(jsonRequest("/api/editor/zones", "POST", { name: "X" }))],
      [
        "edit zone",
        () => patchZone(jsonRequest(`/api/editor/zones/${zone.id}`, "PATCH", {}), idContext(zone.id)),
      ],
      [
        "delete zone",
        () => deleteZone(jsonRequest(`/api/editor/zones/${zone.id}`, "DELETE"), idContext(zone.id)),
      ],
      [
        "move zone",
        () =>
          moveZone(
            jsonRequest(`/api/editor/zones/${zone.id}/move`, "POST", { direction: "up" }),
            idContext(zone.id),
          ),
      ],
      ["create page", () => postPage(jsonRequest("/api/editor/pages", "POST", { title: "X" }))],
    ];
    for (const [role, status] of [
      [null, 401],
      ["MEMBER", 403],
      ["EDITOR", 403],
    ] as const) {
      mocks.currentUser = role ? await userWithRole(role) : null;
      for (const [action, send] of sends) {
        const response = await send();
        expect(response.status, `${action} as ${role ?? "anonymous"}`).toBe(status);
        if (role === "EDITOR")
          expect((await problemOf(response)).detail).toMatch(/^Only administrators can manage /);
      }
    }
    expect(await db.category.findUnique({ where: { id: category.id } })).not.toBeNull();
    expect(await db.zone.findUnique({ where: { id: zone.id } })).not.toBeNull();
    expect(mocks.expired).toEqual([]);

    mocks.currentUser = await userWithRole("ADMIN");
    const crossSite = await postCategory(
      jsonRequest("/api/editor/categories", "POST", { name: "X" }, "https://evil.example"),
    );
    expect(crossSite.status).toBe(403);
    expect((await problemOf(crossSite)).code).toBe("cross-site");
    const empty = await postCategory(jsonRequest("/api/editor/categories", "POST", { name: "" }));
    expect((await problemOf(empty)).errors).toEqual({ name: "Enter a name" });
    expect(
      (await moveZone(jsonRequest("/api/editor/zones/0/move", "POST", { direction: "up" }), idContext(0)))
        .status,
    ).toBe(404);
    const sideways = await moveZone(
      jsonRequest(`/api/editor/zones/${zone.id}/move`, "POST", { direction: "left" }),
      idContext(zone.id),
    );
    expect((await problemOf(sideways)).errors).toEqual({ direction: "Move up or down" });
  });

  it("let an admin create a zone, move it to another category and rename it, leaving a redirect", async () => {
    mocks.currentUser = await userWithRole("ADMIN");
    const from = await createCategory();
    const to = await createCategory();
    const slug = `zone-${unique()}`;
    const created = await postZone(
      jsonRequest("/api/editor/zones", "POST", {
        name: "Observability",
        slug,
        description: "Logs",
        categoryId: String(from.id),
      }),
    );
    expect(created.status).toBe(201);
    const { zone } = (await created.json()) as {
      zone: { id: number; updatedAt: string; categoryId: string };
    };
    expect(zone.categoryId).toBe(String(from.id));

    const moved = await patchZone(
      jsonRequest(`/api/editor/zones/${zone.id}`, "PATCH", {
        name: "Observability",
        slug: `${slug}-new`,
        description: "Logs",
        categoryId: String(to.id),
        updatedAt: zone.updatedAt,
      }),
      idContext(zone.id),
    );
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { zone: { categoryId: string } }).zone.categoryId).toBe(String(to.id));
    expect(await findRedirect(`/zones/${slug}`)).toBe(`/zones/${slug}-new`);
    expect(mocks.expired).toEqual(
      expect.arrayContaining([`category:${from.slug}`, `category:${to.slug}`, `zone:${slug}`]),
    );

    const notEmpty = await deleteCategory(
      jsonRequest(`/api/editor/categories/${to.id}`, "DELETE"),
      idContext(to.id),
    );
    expect(notEmpty.status).toBe(409);
    expect((await problemOf(notEmpty)).detail).toMatch(/still has 1 zone\b/);
  });

  it("render a content page at save time and refuse a stale save", async () => {
    mocks.currentUser = await userWithRole("ADMIN");
    const slug = `about-${unique()}`;
    const created = await postPage(
      jsonRequest("/api/editor/pages", "POST", {
        title: "About us",
        slug,
        bodyMarkdown: "We **build** things.",
      }),
    );
    expect(created.status).toBe(201);
    const { page } = (await created.json()) as { page: { id: number; updatedAt: string } };
    expect((await getPageBySlug(slug))?.bodyHtml).toBe("<p>We <strong>build</strong> things.</p>");
    expect(mocks.expired).toEqual(expect.arrayContaining([`page:${slug}`, "sitemap"]));

    const saved = await patchPage(
      jsonRequest(`/api/editor/pages/${page.id}`, "PATCH", {
        title: "About us",
        slug,
        bodyMarkdown: "New text.",
        updatedAt: page.updatedAt,
      }),
      idContext(page.id),
    );
    expect(saved.status).toBe(200);
    expect((await getPageBySlug(slug))?.bodyHtml).toBe("<p>New text.</p>");
    const stale = await patchPage(
      jsonRequest(`/api/editor/pages/${page.id}`, "PATCH", {
        title: "About us",
        slug,
        bodyMarkdown: "Old tab.",
        updatedAt: page.updatedAt,
      }),
      idContext(page.id),
    );
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current: { bodyMarkdown: string } }).current.bodyMarkdown).toBe(
      "New text.",
    );

    const blank = await postPage(jsonRequest("/api/editor/pages", "POST", { title: "", bodyMarkdown: "  " }));
    expect((await problemOf(blank)).errors).toEqual({
      title: "Enter a title",
      bodyMarkdown: "Write the page's text",
    });
    const huge = await postPage(
      jsonRequest("/api/editor/pages", "POST", { title: "Huge", bodyMarkdown: "a".repeat(150_000) }),
    );
    expect((await problemOf(huge)).errors?.bodyMarkdown).toMatch(/100 KB/);
    expect(
      (
        await db.auditLog.findMany({
          where: { targetType: "Page", targetId: String(page.id) },
          select: { action: true },
        })
      ).map((a) => a.action),
    ).toEqual(["page.create", "page.update"]);
  });
});

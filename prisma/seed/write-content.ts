// Refcards, Trend Reports, events, videos, content pages, curation and site settings.
import type { ClientBase } from "pg";
import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import { uploadStorage } from "@/lib/uploads/storage";
import { bulkInsert, utc } from "./bulk-insert";
import type { EventPlan, VideoPlan } from "./events-videos";
import type { FeaturePlan } from "./features";
import type { PageSeed } from "./pages";
import { buildPdf, seedPdfKey } from "./resource-pdf";
import type { ResourcePlan } from "./resources";
import type { TaxonomyIds } from "./write-taxonomy";

type IdSlug = { id: number; slug: string };

async function renderAll(markdown: readonly string[]) {
  const out = [];
  for (const source of markdown) out.push(await renderMarkdown(source));
  return out;
}

export async function writeResources(
  client: ClientBase,
  plans: readonly ResourcePlan[],
  ids: TaxonomyIds,
  now: Date,
) {
  const rendered = await renderAll(plans.map((p) => p.markdown));
  // Each resource gets a real PDF to download, stored before the rows that name it.
  const files = plans.map((p) => {
    const pdf = buildPdf(p.pdf);
    return { key: seedPdfKey(pdf), pdf };
  });
  for (const file of files) await uploadStorage().put(file.key, file.pdf, "application/pdf");
  const rows = await bulkInsert<IdSlug>(
    client,
    "Resource",
    [
      { name: "kind", type: '"ResourceKind"', values: plans.map((p) => p.kind) },
      { name: "number", type: "int4", values: plans.map((p) => p.number) },
      { name: "slug", type: "text", values: plans.map((p) => p.slug) },
      { name: "title", type: "text", values: plans.map((p) => p.title) },
      { name: "summary", type: "text", values: plans.map((p) => p.summary) },
      { name: "bodyMarkdown", type: "text", values: plans.map((p) => p.markdown) },
      { name: "bodyHtml", type: "text", values: rendered.map((r) => r.html) },
      { name: "bodyText", type: "text", values: rendered.map((r) => r.text) },
      { name: "renderVersion", type: "int4", values: plans.map(() => RENDER_VERSION) },
      { name: "coverImageUrl", type: "text", values: plans.map((p) => p.coverImageUrl) },
      { name: "fileUrl", type: "text", values: files.map((f) => f.key) },
      { name: "fileSize", type: "int4", values: files.map((f) => f.pdf.byteLength) },
      { name: "downloadCount", type: "int4", values: plans.map((p) => p.downloadCount) },
      { name: "publishedAt", type: "timestamp", values: plans.map((p) => utc(p.publishedAt)) },
      { name: "createdAt", type: "timestamp", values: plans.map((p) => utc(p.publishedAt)) },
      { name: "updatedAt", type: "timestamp", values: plans.map(() => utc(now)) },
    ],
    `RETURNING "id", "slug"`,
  );
  const resourceBySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const authors = plans.flatMap((p) =>
    p.authorIds.map((userId, position) => ({ id: resourceBySlug.get(p.slug), userId, position })),
  );
  await bulkInsert(client, "ResourceAuthor", [
    { name: "resourceId", type: "int4", values: authors.map((a) => a.id) },
    { name: "userId", type: "int4", values: authors.map((a) => a.userId) },
    { name: "position", type: "int4", values: authors.map((a) => a.position) },
  ]);
  const zones = plans.flatMap((p) =>
    p.zoneSlugs.map((slug) => ({ id: resourceBySlug.get(p.slug), zoneId: ids.zoneBySlug.get(slug) })),
  );
  await bulkInsert(client, "ResourceZone", [
    { name: "resourceId", type: "int4", values: zones.map((z) => z.id) },
    { name: "zoneId", type: "int4", values: zones.map((z) => z.zoneId) },
  ]);
  return resourceBySlug;
}

export async function writeEventsAndVideos(
  client: ClientBase,
  events: readonly EventPlan[],
  videos: readonly VideoPlan[],
  ids: TaxonomyIds,
  now: Date,
): Promise<void> {
  const rendered = await renderAll(events.map((e) => e.markdown));
  const stamp = utc(now);
  await bulkInsert(client, "Event", [
    { name: "slug", type: "text", values: events.map((e) => e.slug) },
    { name: "title", type: "text", values: events.map((e) => e.title) },
    { name: "summary", type: "text", values: events.map((e) => e.summary) },
    { name: "bodyMarkdown", type: "text", values: events.map((e) => e.markdown) },
    { name: "bodyHtml", type: "text", values: rendered.map((r) => r.html) },
    { name: "bodyText", type: "text", values: rendered.map((r) => r.text) },
    { name: "renderVersion", type: "int4", values: events.map(() => RENDER_VERSION) },
    { name: "startsAt", type: "timestamp", values: events.map((e) => utc(e.startsAt)) },
    { name: "endsAt", type: "timestamp", values: events.map((e) => utc(e.endsAt)) },
    { name: "timezone", type: "text", values: events.map((e) => e.timezone) },
    { name: "location", type: "text", values: events.map((e) => e.location) },
    { name: "onlineUrl", type: "text", values: events.map((e) => e.onlineUrl) },
    { name: "registrationUrl", type: "text", values: events.map((e) => e.registrationUrl) },
    { name: "zoneId", type: "int4", values: events.map((e) => ids.zoneBySlug.get(e.zoneSlug)) },
    { name: "updatedAt", type: "timestamp", values: events.map(() => stamp) },
  ]);
  await bulkInsert(client, "Video", [
    { name: "slug", type: "text", values: videos.map((v) => v.slug) },
    { name: "title", type: "text", values: videos.map((v) => v.title) },
    { name: "summary", type: "text", values: videos.map((v) => v.summary) },
    { name: "provider", type: '"VideoProvider"', values: videos.map((v) => v.provider) },
    { name: "providerId", type: "text", values: videos.map((v) => v.providerId) },
    { name: "durationSeconds", type: "int4", values: videos.map((v) => v.durationSeconds) },
    { name: "zoneId", type: "int4", values: videos.map((v) => ids.zoneBySlug.get(v.zoneSlug)) },
    { name: "publishedAt", type: "timestamp", values: videos.map((v) => utc(v.publishedAt)) },
    { name: "createdAt", type: "timestamp", values: videos.map((v) => utc(v.publishedAt)) },
    { name: "updatedAt", type: "timestamp", values: videos.map(() => stamp) },
  ]);
}

/** Pages and settings an admin may already have edited are left as they are. */
export async function writePagesAndSettings(
  client: ClientBase,
  pages: readonly PageSeed[],
  now: Date,
): Promise<void> {
  const rendered = await renderAll(pages.map((p) => p.markdown));
  const stamp = utc(now);
  await bulkInsert(
    client,
    "Page",
    [
      { name: "slug", type: "text", values: pages.map((p) => p.slug) },
      { name: "title", type: "text", values: pages.map((p) => p.title) },
      { name: "bodyMarkdown", type: "text", values: pages.map((p) => p.markdown) },
      { name: "bodyHtml", type: "text", values: rendered.map((r) => r.html) },
      { name: "renderVersion", type: "int4", values: pages.map(() => RENDER_VERSION) },
      { name: "updatedAt", type: "timestamp", values: pages.map(() => stamp) },
    ],
    `ON CONFLICT ("slug") DO NOTHING`,
  );
  const settings: [string, string][] = [
    ["contact.address", "Zonepress Editorial, 42 Example Street, Suite 300, Portland, OR 97201, USA"],
    ["contact.email", "hello@zonepress.dev"],
    ["social.twitter", "https://x.example.com/zonepress"],
    ["social.github", "https://github.example.com/zonepress"],
    ["social.linkedin", "https://linkedin.example.com/company/zonepress"],
  ];
  await bulkInsert(
    client,
    "Setting",
    [
      { name: "key", type: "text", values: settings.map(([key]) => key) },
      { name: "value", type: "text", values: settings.map(([, value]) => value) },
      { name: "updatedAt", type: "timestamp", values: settings.map(() => stamp) },
    ],
    `ON CONFLICT ("key") DO NOTHING`,
  );
}

export async function writeFeatures(
  client: ClientBase,
  features: readonly FeaturePlan[],
  ids: TaxonomyIds,
  resourceBySlug: ReadonlyMap<string, number>,
  createdById: number,
  now: Date,
): Promise<void> {
  const scopeId = (f: FeaturePlan) =>
    f.scope === "SITE"
      ? null
      : f.scope === "CATEGORY"
        ? ids.categoryBySlug.get(f.scopeSlug ?? "")
        : ids.zoneBySlug.get(f.scopeSlug ?? "");
  await bulkInsert(client, "Feature", [
    { name: "slot", type: '"FeatureSlot"', values: features.map((f) => f.slot) },
    { name: "scope", type: '"FeatureScope"', values: features.map((f) => f.scope) },
    { name: "scopeId", type: "int4", values: features.map(scopeId) },
    { name: "articleId", type: "int4", values: features.map((f) => f.articleId) },
    {
      name: "resourceId",
      type: "int4",
      values: features.map((f) => (f.resourceSlug ? resourceBySlug.get(f.resourceSlug) : null)),
    },
    { name: "position", type: "int4", values: features.map((f) => f.position) },
    { name: "createdById", type: "int4", values: features.map(() => createdById) },
    { name: "createdAt", type: "timestamp", values: features.map(() => utc(now)) },
  ]);
}

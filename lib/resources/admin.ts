import "server-only";
import type { ResourceKind } from "@/lib/db/resources";
import {
  createResource,
  updateResource,
  type ResourceContent,
  type ResourceWriteResult,
} from "@/lib/db/resource-writes";
import { renderDocument } from "@/lib/markdown/render-document";
import { RENDER_VERSION } from "@/lib/markdown/render";
import { resourceSlug, type ResourceFields } from "./input";

// The editor's create and save of a Refcard or Trend Report, between the route handlers and
// lib/db: the slug is derived from the title when left blank, the preview body is rendered by
// the same bounded pipeline as articles (lib/markdown/render-document.ts), then the database
// write checks the rest. Errors come back per field.

async function contentOf(
  fields: ResourceFields,
): Promise<{ ok: true; content: ResourceContent } | { ok: false; errors: Record<string, string> }> {
  const slug = resourceSlug(fields);
  const rendered = await renderDocument(fields.bodyMarkdown);
  const errors: Record<string, string> = {};
  if (!slug) errors.slug = "Give a slug of letters and digits: the title has none to make one from.";
  if (!rendered.ok) errors.bodyMarkdown = rendered.message;
  if (!rendered.ok || !slug) return { ok: false, errors };
  const { html, text } = rendered.rendered;
  return {
    ok: true,
    content: { ...fields, slug, bodyHtml: html, bodyText: text, renderVersion: RENDER_VERSION },
  };
}

export async function createResourceAsEditor(
  actorId: number,
  kind: ResourceKind,
  fields: ResourceFields,
): Promise<ResourceWriteResult> {
  const prepared = await contentOf(fields);
  if (!prepared.ok) return { ok: false, kind: "invalid", errors: prepared.errors };
  return createResource(actorId, kind, prepared.content);
}

export async function saveResourceAsEditor(
  actorId: number,
  id: number,
  fields: ResourceFields,
  loadedAt: Date,
): Promise<ResourceWriteResult> {
  const prepared = await contentOf(fields);
  if (!prepared.ok) return { ok: false, kind: "invalid", errors: prepared.errors };
  return updateResource(actorId, id, prepared.content, loadedAt);
}

import "server-only";
import { REDIRECTS_TAG, TAGS } from "@/lib/cache/tags";
import { pageWrites, type AdminPage, type PageContent } from "@/lib/db/pages";
import type { SlugEntity, SlugEntityWrites } from "@/lib/db/site-admin-entities";
import { eventWrites, type AdminEvent, type EventContent } from "@/lib/db/site-admin-events";
import { invalid, type AdminFailure, type AdminUpdate, type AdminWrite } from "@/lib/db/site-admin-shared";
import { videoWrites, type AdminVideo } from "@/lib/db/site-admin-videos";
import { RENDER_VERSION } from "@/lib/markdown/render";
import { renderDocument } from "@/lib/markdown/render-document";
import type { EventInput, PageInput, VideoInput } from "@/lib/validation/site-admin";
import { expireTags } from "./revalidate";

// Events, videos and content pages as the route handlers call them: markdown rendered at save
// time (renderDocument: bounded, in a worker), the audited write, then the cache tags of the
// listing, the item's page under its old and new slug, the sitemap, and the cached redirect
// lookups when the slug moved.

type Actor = { id: number };

export interface ContentService<Row, Input> {
  create(actor: Actor, input: Input): Promise<AdminWrite<Row>>;
  update(actor: Actor, id: number, input: Input, expected: Date): Promise<AdminUpdate<Row>>;
  remove(actor: Actor, id: number): Promise<AdminWrite<Row>>;
}

function contentService<Row extends SlugEntity, Input, Data>(options: {
  writes: SlugEntityWrites<Row, Data>;
  /** What is stored for `input` (e.g. with the rendered body), or the field errors. */
  prepare(input: Input): Promise<Data | AdminFailure>;
  /** The listing's tag and the tag of one item's page. */
  tags: (slug: string) => string[];
}): ContentService<Row, Input> {
  const isFailure = (value: Data | AdminFailure): value is AdminFailure =>
    typeof value === "object" && value !== null && "ok" in value && value.ok === false;
  return {
    async create(actor, input) {
      const data = await options.prepare(input);
      if (isFailure(data)) return data;
      const outcome = await options.writes.create(actor.id, data);
      if (outcome.ok) expireTags([...options.tags(outcome.row.slug), TAGS.sitemap]);
      return outcome;
    },
    async update(actor, id, input, expected) {
      const data = await options.prepare(input);
      if (isFailure(data)) return data;
      const outcome = await options.writes.update(actor.id, id, data, expected);
      if (outcome.ok) {
        const renamed = outcome.previous.slug !== outcome.row.slug;
        expireTags([
          ...options.tags(outcome.previous.slug),
          ...options.tags(outcome.row.slug),
          TAGS.sitemap,
          ...(renamed ? [REDIRECTS_TAG] : []),
        ]);
      }
      return outcome;
    },
    async remove(actor, id) {
      const outcome = await options.writes.remove(actor.id, id);
      if (outcome.ok) expireTags([...options.tags(outcome.row.slug), TAGS.sitemap, REDIRECTS_TAG]);
      return outcome;
    },
  };
}

/** The body rendered as readers will get it, or the bodyMarkdown field's error. */
async function rendered(markdown: string): Promise<{ html: string; text: string } | AdminFailure> {
  const outcome = await renderDocument(markdown);
  if (!outcome.ok) return invalid({ bodyMarkdown: outcome.message });
  return { html: outcome.rendered.html, text: outcome.rendered.text };
}

export const events = contentService<AdminEvent, EventInput, EventContent>({
  writes: eventWrites,
  async prepare(input) {
    const body = await rendered(input.bodyMarkdown);
    if ("ok" in body) return body;
    return { ...input, bodyHtml: body.html, bodyText: body.text, renderVersion: RENDER_VERSION };
  },
  tags: (slug) => [TAGS.events, TAGS.event(slug)],
});

export const videos = contentService<AdminVideo, VideoInput, VideoInput>({
  writes: videoWrites,
  prepare: async (input) => input,
  tags: (slug) => [TAGS.videos, TAGS.video(slug)],
});

export const pages = contentService<AdminPage, PageInput, PageContent>({
  writes: pageWrites,
  async prepare(input) {
    const body = await rendered(input.bodyMarkdown);
    if ("ok" in body) return body;
    return { ...input, bodyHtml: body.html, renderVersion: RENDER_VERSION };
  },
  tags: (slug) => [TAGS.page(slug)],
});

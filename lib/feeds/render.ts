import { renderJsonFeed } from "./json-feed";
import { FEED_CONTENT_TYPES, type FeedFormat } from "./links";
import type { FeedDocument } from "./model";
import { renderAtom, renderRss } from "./xml-feeds";

/** The response Content-Type of each format. */
export function feedContentType(format: FeedFormat): string {
  return `${FEED_CONTENT_TYPES[format]}; charset=utf-8`;
}

/** The feed document serialised as RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export function renderFeed(format: FeedFormat, doc: FeedDocument): string {
  switch (format) {
    case "rss":
      return renderRss(doc);
    case "atom":
      return renderAtom(doc);
    case "json":
      return renderJsonFeed(doc);
  }
}

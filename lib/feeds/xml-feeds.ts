import { Feed, type Item } from "feed";
import { attributeSafe, cdataSafeHtml, cdataSafeText, escapeHtml } from "./html";
import type { FeedDocument } from "./model";

// RSS 2.0 and Atom 1.0 through the `feed` package. What it does not get right on its own is
// fixed on the way in (see lib/feeds/html.ts): CDATA terminators, "<" in attributes, and plain
// text in the elements that Atom and RSS readers treat as HTML. The document's text is already
// free of characters XML forbids (lib/feeds/model.ts).

const GENERATOR = "Zonepress";

function newFeed(doc: FeedDocument): Feed {
  return new Feed({
    id: doc.homeUrl,
    title: doc.title,
    description: doc.description,
    link: doc.homeUrl,
    language: doc.language,
    updated: doc.updated,
    generator: GENERATOR,
    feedLinks: { rss: doc.links.rss, atom: doc.links.atom, json: doc.links.json },
    author: doc.authors[0] ? { name: doc.authors[0].name, link: doc.homeUrl } : undefined,
  });
}

/**
 * RSS 2.0; the author is dc:creator, since RSS's own <author> must be an email address. The
 * package declares the dc: namespace only when an item has content, which every entry has.
 * Summaries are plain text but readers treat RSS descriptions as HTML, hence the escaping.
 */
export function renderRss(doc: FeedDocument): string {
  const feed = newFeed(doc);
  for (const entry of doc.entries) {
    const item: Item = {
      title: cdataSafeText(entry.title),
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: cdataSafeHtml(escapeHtml(entry.summary)),
      content: cdataSafeHtml(entry.contentHtml),
      category: entry.categories.map((c) => ({ name: c.name, domain: c.url ?? undefined })),
      extensions: [{ name: "dc:creator", objects: { _text: entry.author.name } }],
    };
    // RSS enclosures must state a type; an image whose type cannot be told is left out.
    if (entry.image?.type) item.image = { url: entry.image.url, type: entry.image.type };
    feed.addItem(item);
  }
  return feed.rss2();
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** Atom 1.0, with xml:lang on the root (the package has no option for it). */
export function renderAtom(doc: FeedDocument): string {
  const feed = newFeed(doc);
  for (const entry of doc.entries) {
    const item: Item = {
      // Atom title and summary are written as type="html": plain text must be escaped.
      title: cdataSafeHtml(escapeHtml(entry.title)),
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: cdataSafeHtml(escapeHtml(entry.summary)),
      content: cdataSafeHtml(entry.contentHtml),
      author: [{ name: entry.author.name, link: entry.author.url ?? undefined }],
      // `name` becomes the category's label attribute.
      category: entry.categories.map((c) => ({
        term: attributeSafe(c.name),
        name: attributeSafe(c.name),
        scheme: c.url ?? undefined,
      })),
    };
    // The package derives the Atom enclosure type from the file extension itself.
    if (entry.image?.type) item.image = entry.image.url;
    feed.addItem(item);
  }
  const xml = feed.atom1();
  if (!xml.includes(ATOM_ROOT)) throw new Error("feed package changed its Atom root element");
  return xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${doc.language}">`);
}

// Slugs for every kind of URL (articles, tags, resources). Plain string work with no Node
// modules, so client forms can show the slug a title makes before anything is saved.

/** Lower-case ASCII words joined by "-"; "C#" → "c-sharp", "Node.js" → "node-js". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

import { randomBytes, randomInt } from "node:crypto";

// Article and tag slugs. An article's public slug is chosen at its first submission, from the
// title it is submitted with; until then it carries a placeholder no title can produce (titled
// slugs always end in "-<6 base36>", the placeholder is one unbroken hex run).

const PLACEHOLDER = /^draft-[0-9a-f]{16}$/;
const MAX_TITLE_SLUG = 80;

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

export function placeholderSlug(): string {
  return `draft-${randomBytes(8).toString("hex")}`;
}

export function isPlaceholderSlug(slug: string): boolean {
  return PLACEHOLDER.test(slug);
}

/** The public slug for an article submitted with `title`: readable words plus 6 random base36. */
export function titledSlug(title: string): string {
  const words = slugify(title).slice(0, MAX_TITLE_SLUG).replace(/-+$/, "") || "article";
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += randomInt(36).toString(36);
  return `${words}-${suffix}`;
}

import { randomBytes, randomInt } from "node:crypto";
import { slugify } from "@/lib/slug";

// Article and tag slugs. An article's public slug is chosen at its first submission, from the
// title it is submitted with; until then it carries a placeholder no title can produce (titled
// slugs always end in "-<6 base36>", the placeholder is one unbroken hex run).

const PLACEHOLDER = /^draft-[0-9a-f]{16}$/;
const MAX_TITLE_SLUG = 80;

// One slug function for the whole site (lib/slug.ts); article code keeps importing it from here.
export { slugify };

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

import "server-only";
import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/**
 * GitHub-style default schema (it produced no executable output on ~3,000 XSS vectors, see
 * ENVIRONMENT.md) with exactly one addition: `language-*` classes on `code`, which
 * rehype-highlight needs to pick a grammar. hast-util-sanitize 5 already allows this; it is
 * pinned here so a dependency upgrade cannot silently turn highlighting off.
 * Heading ids are not allowed through here: rehype-slug adds them after sanitizing.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", /^language-./]],
  },
};

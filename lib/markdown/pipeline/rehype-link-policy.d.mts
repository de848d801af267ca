// Types of rehype-link-policy.mjs for TypeScript callers (bio.ts shares the rel list).

/** rel for links that leave the site: no referrer, no window.opener, no SEO credit for UGC. */
export const EXTERNAL_REL: readonly string[];

/** Post-sanitize rehype plugin: rel on external links, lazy images, footnote hrefs. */
export default function rehypeLinkPolicy(): (tree: import("hast").Root) => undefined;

import "server-only";
import type { Element, ElementContent, Root, RootContent } from "hast";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import { BIO_MAX_LENGTH } from "@/lib/validation/settings";
import { EXTERNAL_REL } from "./pipeline/rehype-link-policy.mjs";

// Bios are "limited markdown": paragraphs, line breaks, links, emphasis, inline code and lists.
// Everything else is flattened to text (headings, code blocks, quotes, tables) or dropped
// (images, raw HTML, task-list checkboxes), so a bio can never look like part of the page.

const BIO_TAGS = ["p", "br", "a", "em", "strong", "code", "ul", "ol", "li"];

/** Nothing but these tags and an href on links (http, https, mailto); no ids, no classes. */
const bioSchema: SanitizeSchema = {
  tagNames: BIO_TAGS,
  attributes: { a: ["href"], ol: ["start"] },
  protocols: { href: ["http", "https", "mailto"] },
  // Dropped with their content rather than unwrapped into text.
  strip: ["script", "style", "img", "input", "sup", "hr"],
  clobberPrefix: "",
  clobber: [],
};

const ALLOWED_HREF = /^(?:https?:\/\/[^/\s]|mailto:[^\s]+@)/i;

/**
 * Runs before sanitizing. Block elements a bio may not use become paragraphs (so their text
 * keeps its own line instead of running into the next), and single newlines inside paragraphs
 * become <br>: members type bios in a textarea and expect the lines they typed.
 */
function rehypeBioShape() {
  return (tree: Root): undefined => {
    visit(tree, "element", (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) || node.tagName === "pre") {
        node.tagName = "p";
        node.properties = {};
      } else if (node.tagName === "table") {
        // One paragraph per row, cells separated by a middle dot; the table itself is unwrapped.
        node.children = tableRows(node).map((cells) => ({
          type: "element",
          tagName: "p",
          properties: {},
          children: [{ type: "text", value: cells.join(" · ") }],
        }));
        return SKIP;
      }
    });
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "code") return SKIP;
      if (node.tagName !== "p" && node.tagName !== "li" && node.tagName !== "em" && node.tagName !== "strong")
        return;
      node.children = node.children.flatMap(splitLines);
    });
  };
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  visit(table, "element", (row: Element) => {
    if (row.tagName !== "tr") return;
    const cells = row.children.filter(
      (cell): cell is Element => cell.type === "element" && (cell.tagName === "td" || cell.tagName === "th"),
    );
    rows.push(cells.map((cell) => toString(cell).trim()));
    return SKIP;
  });
  return rows;
}

function splitLines(child: ElementContent): ElementContent[] {
  // Whitespace between block elements (inside a loose list item) is not a line the member typed.
  if (child.type !== "text" || !child.value.includes("\n") || !child.value.trim()) return [child];
  const parts = child.value.split("\n");
  return parts.flatMap((value, i): ElementContent[] => {
    const text: ElementContent[] = value ? [{ type: "text", value }] : [];
    return i === 0 ? text : [{ type: "element", tagName: "br", properties: {}, children: [] }, ...text];
  });
}

/**
 * Runs after sanitizing: links must be absolute http(s) or mailto (relative and
 * protocol-relative ones become plain text), and every link is user content leaving the site.
 */
function rehypeBioLinks() {
  return (tree: Root): undefined => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "a" || !parent || index === undefined) return;
      const href = typeof node.properties.href === "string" ? node.properties.href.trim() : "";
      if (!ALLOWED_HREF.test(href)) {
        parent.children.splice(index, 1, ...(node.children as RootContent[] & ElementContent[]));
        return index;
      }
      node.properties = { href, rel: [...EXTERNAL_REL] };
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeBioShape)
  .use(rehypeSanitize, bioSchema)
  .use(rehypeBioLinks)
  .use(rehypeStringify)
  .freeze();

/**
 * A bio's markdown → safe HTML, rendered when the profile is saved and stored as bioHtml.
 * Bounded by BIO_MAX_LENGTH: at that size even pathological nesting renders in milliseconds.
 */
export async function renderBio(markdown: string): Promise<string> {
  const source = markdown.trim();
  if (!source) return "";
  if (source.length > BIO_MAX_LENGTH) throw new RangeError(`A bio is at most ${BIO_MAX_LENGTH} characters`);
  return String(await processor.process(source)).trim();
}

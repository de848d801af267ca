import { describe, expect, it } from "vitest";
import { excerpt, renderMarkdown, RENDER_VERSION } from "@/lib/markdown/render";

describe("renderMarkdown", () => {
  it("gives headings stable ids and lists them in the table of contents", async () => {
    const { html, toc } = await renderMarkdown(
      "# Getting Started\n\nIntro.\n\n## Step 1: Install the CLI\n\n### Verify it works\n",
    );
    expect(html).toContain(
      '<h2 id="step-1-install-the-cli">Step 1: Install the CLI<a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#step-1-install-the-cli">#</a></h2>',
    );
    expect(toc).toEqual([
      { depth: 1, id: "getting-started", text: "Getting Started" },
      { depth: 2, id: "step-1-install-the-cli", text: "Step 1: Install the CLI" },
      { depth: 3, id: "verify-it-works", text: "Verify it works" },
    ]);
  });

  it("links each heading to itself without putting the # into the outline or the text", async () => {
    const { html, toc, text } = await renderMarkdown("## Why caching\n\nBody.[^1]\n\n[^1]: A note.\n");
    expect(html).toContain('href="#why-caching">#</a></h2>');
    expect(toc).toEqual([{ depth: 2, id: "why-caching", text: "Why caching" }]);
    expect(text).not.toContain("#");
    // The visually hidden footnotes heading is not a section readers link to.
    expect(html).toMatch(/<h2 class="sr-only" id="user-content-footnote-label">Footnotes<\/h2>/);
  });

  it("keeps duplicate headings addressable with distinct ids", async () => {
    const { toc } = await renderMarkdown("## Setup\n\n## Setup\n");
    expect(toc.map((entry) => entry.id)).toEqual(["setup", "setup-1"]);
  });

  it("highlights fenced code in the declared language", async () => {
    const { html } = await renderMarkdown("```python\ndef handler(event):\n    return None\n```\n");
    expect(html).toContain('<code class="hljs language-python">');
    expect(html).toMatch(/<span class="hljs-keyword">def<\/span>/);
  });

  it("makes code blocks and tables, which scroll sideways, reachable from the keyboard", async () => {
    const { html } = await renderMarkdown("```\nconst x = 1;\n```\n\n| a |\n|---|\n| b |\n");
    expect(html).toContain('<pre tabindex="0">');
    expect(html).toContain('<table tabindex="0">');
  });

  it("renders GFM tables, strikethrough and task lists", async () => {
    const { html } = await renderMarkdown(
      "| Tool | Kind |\n|---|:-:|\n| pg | driver |\n\n~~old~~\n\n- [x] done\n",
    );
    expect(html).toMatch(
      /<table tabindex="0">[\s\S]*<th>Tool<\/th>[\s\S]*<td align="center">driver<\/td>[\s\S]*<\/table>/,
    );
    expect(html).toContain("<del>old</del>");
    expect(html).toContain('<input type="checkbox" checked disabled>');
  });

  it("strips scripts, event handlers and javascript: links", async () => {
    const { html } = await renderMarkdown(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[click me](javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        '<a href="https://example.com" onclick="alert(1)">raw</a>',
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).toContain("<a>click me</a>");
  });

  it("marks external links as untrusted and leaves internal links alone", async () => {
    const { html } = await renderMarkdown("[docs](https://example.com/docs) and [zone](/zones/kubernetes)");
    expect(html).toContain(
      '<a href="https://example.com/docs" rel="nofollow noopener noreferrer ugc">docs</a>',
    );
    expect(html).toContain('<a href="/zones/kubernetes">zone</a>');
  });

  it("lazy-loads images and keeps their alt text", async () => {
    const { html, text } = await renderMarkdown("![Request flow](/images/demo/request-lifecycle.svg)");
    expect(html).toContain('<img src="/images/demo/request-lifecycle.svg" alt="Request flow" loading="lazy"');
    expect(text).toContain("Request flow");
  });

  it("sizes an image from a trailing =WxH in its title, so the page does not shift as it loads", async () => {
    const { html } = await renderMarkdown(
      '![Flow](/a.svg "Request flow =640x360") ![Bare](/b.png "=320x200") ![Odd](/c.png "=0x10")',
    );
    expect(html).toContain(
      '<img src="/a.svg" alt="Flow" title="Request flow" loading="lazy" decoding="async" width="640" height="360">',
    );
    expect(html).toContain(
      '<img src="/b.png" alt="Bare" loading="lazy" decoding="async" width="320" height="200">',
    );
    expect(html).toContain('<img src="/c.png" alt="Odd" title="=0x10" loading="lazy" decoding="async">');
  });

  it("links only to http(s) and mailto, not to other apps' schemes", async () => {
    const { html } = await renderMarkdown("[chat](irc://irc.example.org/x) [mail](mailto:a@example.com)");
    expect(html).toContain("<a>chat</a>");
    expect(html).toContain('<a href="mailto:a@example.com">mail</a>');
  });

  it("keeps footnote links pointing at their (prefixed) targets", async () => {
    const { html } = await renderMarkdown("Claim.[^1]\n\n[^1]: Source.\n");
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets).toHaveLength(2); // reference → note, note → back to reference
    for (const target of targets) expect(html).toContain(`id="${target}"`);
  });

  it("returns plain text with one line per block for search and excerpts", async () => {
    const { text } = await renderMarkdown("# Title\n\nFirst *para*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    expect(text).toBe("Title\nFirst para.\na b\n1 2");
  });

  it("counts words and estimates reading time at about 238 words per minute", async () => {
    const short = await renderMarkdown("Just a few words here.");
    expect(short.wordCount).toBe(5);
    expect(short.readingMinutes).toBe(1);
    const long = await renderMarkdown(Array.from({ length: 1190 }, (_, i) => `word${i}`).join(" "));
    expect(long.wordCount).toBe(1190);
    expect(long.readingMinutes).toBe(5);
  });

  it("exposes the pipeline version stored beside the HTML", () => {
    expect(RENDER_VERSION).toBeGreaterThanOrEqual(1);
  });
});

describe("excerpt", () => {
  it("returns short text unchanged, on one line", () => {
    expect(excerpt("Short\n\ntext.")).toBe("Short text.");
  });

  it("cuts at a word boundary and adds an ellipsis within the limit", () => {
    const text = "Event sourcing stores every change as an immutable fact, which makes audits simple.";
    const result = excerpt(text, 40);
    expect(result).toBe("Event sourcing stores every change as…");
    expect(result.length).toBeLessThanOrEqual(40);
  });

  it("cuts a single overlong word instead of returning nothing", () => {
    expect(excerpt("x".repeat(300), 20)).toBe(`${"x".repeat(19)}…`);
  });
});

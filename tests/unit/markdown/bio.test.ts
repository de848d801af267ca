import { describe, expect, it } from "vitest";
import { renderBio } from "@/lib/markdown/bio";

describe("renderBio", () => {
  it("keeps paragraphs, emphasis, inline code, lists and the lines the member typed", async () => {
    const html = await renderBio(
      "Writes about *queues* and **Kafka**, `acks=all`.\nLives in Lisbon.\n\n- Java\n- Go\n\n1. first\n2. second",
    );
    expect(html).toBe(
      "<p>Writes about <em>queues</em> and <strong>Kafka</strong>, <code>acks=all</code>.<br>Lives in Lisbon.</p>\n" +
        "<ul>\n<li>Java</li>\n<li>Go</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>",
    );
  });

  it("marks http, https and mailto links as user content and links bare URLs", async () => {
    const html = await renderBio(
      "[Blog](https://blog.example.com/) · <mailto:ada@example.com> · http://plain.example",
    );
    const rel = 'rel="nofollow noopener noreferrer ugc"';
    expect(html).toContain(`<a href="https://blog.example.com/" ${rel}>Blog</a>`);
    expect(html).toContain(`<a href="mailto:ada@example.com" ${rel}>mailto:ada@example.com</a>`);
    expect(html).toContain(`<a href="http://plain.example" ${rel}>http://plain.example</a>`);
  });

  it("removes scripts, raw HTML and event handlers", async () => {
    const html = await renderBio(
      'Hi <script>alert(1)</script> <b onclick="x()">bold</b> <iframe src="https://evil.example"></iframe>\n\n<div>block</div>',
    );
    // What was inside the tags may remain as harmless text; no tag or attribute survives.
    expect(html).toBe("<p>Hi alert(1) bold </p>");
  });

  it("drops images, whether markdown or HTML", async () => {
    const html = await renderBio('Me: ![me](https://img.example/me.png) <img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<img|onerror|img\.example/);
    expect(html).toContain("Me:");
  });

  it("turns javascript:, data: and relative links into plain text", async () => {
    const html = await renderBio(
      "[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [rel](/login) [proto](//evil.example/x) [vb](JaVaScRiPt:alert(2))",
    );
    expect(html).not.toMatch(/<a |javascript:|data:|href/i);
    expect(html).toBe("<p>click data rel proto vb</p>");
  });

  it("flattens headings, code blocks, quotes and tables into paragraphs", async () => {
    const html = await renderBio(
      "# Big title\n\n```\ncode block\n```\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).not.toMatch(/<h1|<pre|<blockquote|<table|<td/);
    expect(html).toContain("<p>Big title</p>");
    expect(html).toContain("quoted");
    expect(html).toContain("<p>a · b</p>");
    expect(html).toContain("<p>1 · 2</p>");
  });

  it("returns an empty string for an empty bio and refuses one over 1,000 characters", async () => {
    expect(await renderBio("   \n ")).toBe("");
    await expect(renderBio("a".repeat(1001))).rejects.toThrow(RangeError);
  });

  it("renders the most deeply nested bio that fits in 1,000 characters quickly", async () => {
    const started = performance.now();
    await renderBio("* ".repeat(499) + "a");
    await renderBio("> ".repeat(499) + "a");
    await renderBio("[a](".repeat(249));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

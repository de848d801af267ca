import { describe, expect, it } from "vitest";
import { absoluteUrl, absolutizeHtml, cdataSafeHtml, xmlSafe } from "@/lib/feeds/html";

const SITE = "https://zonepress.test";
const PAGE = `${SITE}/articles/my-post`;

describe("absolutizeHtml", () => {
  it("makes root-relative links and images absolute on the site", () => {
    const html = '<p><a href="/zones/java">Java</a> <img src="/images/demo/a.svg" alt="A"></p>';
    expect(absolutizeHtml(html, SITE, PAGE)).toBe(
      `<p><a href="${SITE}/zones/java">Java</a> <img src="${SITE}/images/demo/a.svg" alt="A"></p>`,
    );
  });

  it("points in-page anchors and relative paths at the article", () => {
    const html = '<a href="#user-content-fn-1">1</a><img src="diagram.png" alt=""><a href="?x=1">q</a>';
    expect(absolutizeHtml(html, SITE, PAGE)).toBe(
      `<a href="${PAGE}#user-content-fn-1">1</a><img src="${SITE}/articles/diagram.png" alt=""><a href="${PAGE}?x=1">q</a>`,
    );
  });

  it("leaves absolute, protocol-relative and mailto URLs alone", () => {
    const html =
      '<a href="https://example.com/x" rel="nofollow">x</a><img src="//cdn.test/i.png"><a href="mailto:a@b.test">m</a>';
    expect(absolutizeHtml(html, SITE, PAGE)).toBe(html);
  });

  it("never touches text or other attributes that merely look like links", () => {
    const html =
      '<pre><code>&lt;a href="/docs"&gt; and href="/x"</code></pre><span title="see href=&#x22;/y&#x22; > z" data-href="/w">t</span>';
    expect(absolutizeHtml(html, SITE, PAGE)).toBe(html);
  });

  it("keeps entity-encoded query strings intact", () => {
    expect(absolutizeHtml('<a href="/search?q=a&#x26;b=c">s</a>', SITE, PAGE)).toBe(
      `<a href="${SITE}/search?q=a&#x26;b=c">s</a>`,
    );
  });

  it("resolves a plain cover image path", () => {
    expect(absoluteUrl("/images/demo/x.svg", SITE, PAGE)).toBe(`${SITE}/images/demo/x.svg`);
    expect(absoluteUrl("https://img.test/x.png", SITE, PAGE)).toBe("https://img.test/x.png");
  });
});

describe("XML safety", () => {
  it("drops characters XML 1.0 forbids but keeps tabs, newlines and emoji", () => {
    expect(xmlSafe("a\u0000b\u0008c\td\ne\uFFFF😀\uD800")).toBe("abc\td\ne😀");
  });

  it("neutralises every CDATA terminator in HTML, not only the first", () => {
    expect(cdataSafeHtml("<code>a]]>b]]>c</code>")).toBe("<code>a]]&gt;b]]&gt;c</code>");
  });
});

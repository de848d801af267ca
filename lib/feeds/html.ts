// Text and HTML preparation for feeds. The article HTML is the stored bodyHtml (rendered and
// sanitized at save time); here it is only made self-contained for a feed reader, never
// re-rendered or re-sanitized.

// Characters XML 1.0 forbids outright (C0 controls except tab/LF/CR, U+FFFE/U+FFFF) and
// unpaired surrogates: one of them would make the whole feed ill-formed.
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without characters that cannot appear in an XML document. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "");
}

/** Plain text as HTML text (for Atom `type="html"` and RSS descriptions, which readers treat as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * HTML safe to wrap in CDATA. The `feed` package writes content as CDATA through xml-js, which
 * splits only the first "]]>" (String#replace with a string pattern), so a second one would end
 * the section early. In HTML, ">" and "&gt;" mean the same in text and attribute values.
 */
export function cdataSafeHtml(html: string): string {
  return xmlSafe(html).replaceAll("]]>", "]]&gt;");
}

/**
 * Plain text safe to wrap in CDATA. Unlike HTML it cannot use an entity, so a zero-width space
 * breaks the rare "]]>" (see cdataSafeHtml for why the library's own split is not enough).
 */
export function cdataSafeText(text: string): string {
  return xmlSafe(text).replaceAll("]]>", "]]\u200B>");
}

/**
 * Text for an XML attribute written by the `feed` package: it escapes "&" and xml-js escapes
 * '"', but nothing escapes "<", which XML forbids in attribute values. An entity cannot be
 * used (the "&" would be escaped again), so the look-alike U+FF1C stands in.
 */
export function attributeSafe(text: string): string {
  return xmlSafe(text).replace(/</g, "\uFF1C");
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * `url` as an absolute URL: root-relative paths join `site`, fragments and queries join the
 * page they belong to (`pageUrl`), other relative paths resolve like a browser would from
 * /articles/<slug>. Absolute and protocol-relative URLs are returned unchanged. String joins
 * rather than `new URL()`, because the value may be entity-encoded HTML ("&#x26;").
 */
export function absoluteUrl(url: string, site: string, pageUrl: string): string {
  const value = url.trim();
  if (value === "" || HAS_SCHEME.test(value) || value.startsWith("//")) return url;
  if (value.startsWith("/")) return `${site}${value}`;
  if (value.startsWith("#") || value.startsWith("?")) return `${pageUrl}${value}`;
  return `${pageUrl.slice(0, pageUrl.lastIndexOf("/") + 1)}${value}`;
}

// A start tag with its attributes; quoted values are consumed whole, so a ">" or an
// 'href="…"' inside a value is never mistaken for markup. Text never holds a raw "<" in
// serialized HTML (it is written as "&lt;"), so tags are the only matches.
const START_TAG =
  /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const URL_ATTRIBUTES = new Set(["href", "src", "cite", "poster"]);

/**
 * The article HTML with every link and image URL absolute, so it works wherever a feed reader
 * shows it. Only attribute values of start tags change; text (including code samples that
 * show HTML) is left exactly as stored.
 */
export function absolutizeHtml(html: string, site: string, pageUrl: string): string {
  return html.replace(START_TAG, (tag: string, name: string, attributes: string, end: string) => {
    if (!attributes) return tag;
    const rewritten = attributes.replace(
      ATTRIBUTE,
      (attr: string, space: string, attrName: string, equals?: string, rawValue?: string) => {
        if (!rawValue || !URL_ATTRIBUTES.has(attrName.toLowerCase())) return attr;
        const quoted = rawValue.startsWith('"') || rawValue.startsWith("'");
        const value = quoted ? rawValue.slice(1, -1) : rawValue;
        const quote = quoted ? rawValue[0] : '"';
        return `${space}${attrName}${equals}${quote}${absoluteUrl(value, site, pageUrl)}${quote}`;
      },
    );
    return `<${name}${rewritten}${end}>`;
  });
}

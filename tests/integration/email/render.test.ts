import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/email/render";
import { TestEmail } from "@/lib/email/templates/test-email";
import { HostileEmail } from "./fixtures/hostile-email";

// renderEmail must work where React runs with the react-server condition (route handlers,
// instrumentation, npm run worker), where react-dom/server itself refuses to load.

const run = promisify(execFile);

describe("renderEmail", () => {
  it("renders the same email under the react-server condition as here", async () => {
    const here = await renderEmail(
      createElement(TestEmail, { siteName: "Zonepress", sentBy: "Ada Lovelace" }),
    );
    const { stdout } = await run(
      join(process.cwd(), "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "tests/integration/email/fixtures/render-test-email.tsx"],
      { cwd: process.cwd(), env: { ...process.env, NODE_ENV: "production" }, timeout: 60_000 },
    );
    expect(JSON.parse(stdout)).toEqual(here);
  }, 90_000);

  it("gives an HTML body for narrow screens and a text body with absolute links", async () => {
    const { html, text } = await renderEmail(
      createElement(TestEmail, { siteName: "Zonepress", sentBy: "Ada" }),
    );
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(html).toMatch(/max-width:560px;[^"]*width:100%/);
    expect(html).toContain('href="http://localhost:3000/editor/outbox"');
    // The inbox preview line is in the HTML (hidden) but not in the text body.
    expect(html).toContain("Ada checked that Zonepress can send email.");
    expect(text).not.toContain("checked that");
    expect(text).toContain("EMAIL DELIVERY WORKS");
    expect(text).toContain("Open the outbox http://localhost:3000/editor/outbox");
    expect(text).toContain("You get this because an admin of Zonepress sent a test email to this address.");
  });

  it("escapes text and attributes, and leaves out props that are not markup", async () => {
    const { html } = await renderEmail(createElement(HostileEmail));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    expect(html).toContain('href="https://example.com/?a=&quot;b&quot;"');
    expect(html).not.toContain("onClick");
    expect(html).toContain("&lt;b&gt;preview&lt;/b&gt;");
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/views/route";
import { processViewBuffer, utcDay } from "@/lib/views/buffer";

// The beacon endpoint: answers fast, records readers' views in the process buffer (never the
// database), ignores crawlers, and rejects bad bodies with a problem document naming the field.

const BROWSER =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

function beacon(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/views", {
    method: "POST",
    body,
    headers: { "user-agent": BROWSER, ...headers },
  });
}

interface Problem {
  status: number;
  detail: string;
  errors: { field: string; message: string }[];
}

describe("POST /api/views", () => {
  beforeEach(() => {
    processViewBuffer().drain();
  });

  it("records a browser's view and answers 204 with no body", async () => {
    const before = utcDay(new Date());
    const response = await POST(
      beacon(JSON.stringify({ articleId: 42 }), { "content-type": "application/json" }),
    );
    const after = utcDay(new Date());
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    const [entry, ...rest] = processViewBuffer().drain();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ articleId: 42, count: 1 });
    expect([before, after]).toContain(entry?.day); // the UTC day of the request
  });

  it("accepts sendBeacon's text/plain body and adds up repeated views", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await POST(beacon('{"articleId":7}', { "content-type": "text/plain;charset=UTF-8" }));
      expect(response.status).toBe(204);
    }
    expect(processViewBuffer().pendingViews).toBe(3);
  });

  it("answers a crawler like a reader but does not count it", async () => {
    const response = await POST(beacon('{"articleId":42}', { "user-agent": GOOGLEBOT }));
    expect(response.status).toBe(204);
    expect(processViewBuffer().pendingViews).toBe(0);
  });

  it("does not count a request without a user agent", async () => {
    const request = new Request("http://localhost/api/views", { method: "POST", body: '{"articleId":42}' });
    expect(request.headers.get("user-agent")).toBeNull();
    expect((await POST(request)).status).toBe(204);
    expect(processViewBuffer().pendingViews).toBe(0);
  });

  it.each([
    ['{"articleId":"abc"}', "articleId must be a number"],
    ['{"articleId":-3}', "articleId must be a positive integer"],
    ['{"articleId":0}', "articleId must be a positive integer"],
    ['{"articleId":1.5}', "articleId must be a whole number"],
    ['{"articleId":99999999999}', "articleId is too large"],
    ["{}", "articleId is required"],
  ])("rejects %s with 400 naming articleId", async (body, message) => {
    const response = await POST(beacon(body));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as Problem;
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ field: "articleId", message }]);
    expect(problem.detail).toContain("articleId");
    expect(processViewBuffer().pendingViews).toBe(0);
  });

  it.each([
    ["garbage", "not json at all"],
    ["an empty body", ""],
    ["a JSON array", "[42]"],
    ["JSON null", "null"],
  ])("rejects %s with 400 and no stack trace", async (_label, body) => {
    const response = await POST(beacon(body));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\(.*:\d+:\d+\)|SyntaxError/);
    expect((JSON.parse(text) as Problem).errors[0]?.field).toBe("body");
  });

  it("rejects an oversized body without reading it all", async () => {
    const huge = JSON.stringify({ articleId: 42, padding: "x".repeat(100_000) });
    const response = await POST(beacon(huge));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Problem).errors[0]?.message).toMatch(/at most 256 bytes/);

    // Streamed without a Content-Length, it is cut off at the limit all the same.
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("x".repeat(64)));
        if (pulled > 10_000) controller.close();
      },
    });
    const streamed = await POST(
      new Request("http://localhost/api/views", {
        method: "POST",
        body: stream,
        headers: { "user-agent": BROWSER },
        duplex: "half",
      } as RequestInit),
    );
    expect(streamed.status).toBe(400);
    expect(pulled).toBeLessThan(20);
    expect(processViewBuffer().pendingViews).toBe(0);
  });
});

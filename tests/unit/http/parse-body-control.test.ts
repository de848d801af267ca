import { describe, expect, it } from "vitest";
import { z } from "zod";
import { controlCharacterParam, parseBody } from "@/lib/http/request";

const schema = z.object({ title: z.string(), tags: z.array(z.string()).optional() });

function post(body: string, contentType = "application/json"): Request {
  return new Request("http://zonepress.test/api/x", {
    method: "POST",
    body,
    headers: { "content-type": contentType },
  });
}

async function errors(request: Request): Promise<Record<string, string>> {
  const parsed = await parseBody(request, schema);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return {};
  expect(parsed.response.status).toBe(422);
  expect(parsed.response.headers.get("content-type")).toBe("application/problem+json");
  return ((await parsed.response.json()) as { errors: Record<string, string> }).errors;
}

describe("control characters in request bodies", () => {
  it("refuses a NUL in a JSON field with 422 naming the field", async () => {
    expect(await errors(post(JSON.stringify({ title: "a\u0000b" })))).toEqual({
      title: "must not contain NUL or other control characters",
    });
  });

  it("names the nested field, and checks urlencoded forms too", async () => {
    expect(
      Object.keys(await errors(post(JSON.stringify({ title: "ok", tags: ["x", "\u001b[31m"] })))),
    ).toEqual(["tags.1"]);
    expect(Object.keys(await errors(post("title=a%00b", "application/x-www-form-urlencoded")))).toEqual([
      "title",
    ]);
  });

  it("keeps tabs, newlines and everything printable", async () => {
    const parsed = await parseBody(
      post(JSON.stringify({ title: "Tab\tand\r\nnewline, ünïcödé 🙂" })),
      schema,
    );
    expect(parsed).toEqual({ ok: true, data: { title: "Tab\tand\r\nnewline, ünïcödé 🙂" } });
  });
});

describe("control characters in query parameters", () => {
  it("answers 400 naming the parameter, and lets clean ones through", async () => {
    const refused = controlCharacterParam(new Request("http://zonepress.test/x?kind=all&q=a%00b"));
    expect(refused?.status).toBe(400);
    expect(((await refused?.json()) as { errors: object }).errors).toEqual({
      q: "must not contain NUL or other control characters",
    });
    expect(
      controlCharacterParam(new Request("http://zonepress.test/x?q=caf%C3%A9%20%F0%9F%99%82")),
    ).toBeNull();
  });
});

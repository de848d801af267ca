import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AVATAR_REQUEST_MAX_BYTES, avatarFromRequest } from "@/lib/uploads/avatar-request";
import { HTML, solidPng, SVG, TEXT } from "@/tests/fixtures/images/make";

const URL_ = "http://localhost:3000/api/account/avatar";

/** A browser-like multipart upload of `bytes` as `name` with the declared `type`. */
function upload(bytes: Uint8Array, name: string, type: string, field = "avatar"): Request {
  const form = new FormData();
  form.set(field, new File([new Uint8Array(bytes)], name, { type }));
  return new Request(URL_, { method: "POST", body: form });
}

/** A streamed body of `total` bytes that records how much of it was ever read. */
function streamedRequest(total: number, contentType: string) {
  const chunk = new Uint8Array(64 * 1024);
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request(URL_, {
    method: "POST",
    body,
    headers: { "Content-Type": contentType },
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

describe("avatarFromRequest", () => {
  it("accepts a PNG named .jpg and declared as JPEG: the bytes decide, not the name", async () => {
    const result = await avatarFromRequest(upload(await solidPng(300, 200), "holiday.jpg", "image/jpeg"));
    expect(result.ok).toBe(true);
    if (result.ok) expect((await sharp(result.image.bytes).metadata()).format).toBe("webp");
  });

  it("refuses text, HTML and SVG named .png and declared as PNG, with a message for the field", async () => {
    for (const bytes of [TEXT, HTML, SVG]) {
      const result = await avatarFromRequest(upload(bytes, "avatar.png", "image/png"));
      expect(result).toEqual({ ok: false, status: 422, message: expect.stringMatching(/PNG, JPEG or WebP/) });
    }
  });

  it("refuses a file over 5 MB", async () => {
    const png = await solidPng();
    const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024 + 1 - png.length)]);
    const result = await avatarFromRequest(upload(big, "big.png", "image/png"));
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      message: expect.stringMatching(/larger than 5 MB/),
    });
  });

  it("answers 413 for a body over the limit and stops reading it", async () => {
    const { request, counter } = streamedRequest(50 * 1024 * 1024, "multipart/form-data; boundary=x");
    const result = await avatarFromRequest(request);
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(counter.pulled).toBeLessThan(AVATAR_REQUEST_MAX_BYTES + 256 * 1024);
  });

  it("answers 413 at once when the declared length is over the limit", async () => {
    const { request } = streamedRequest(10 * 1024 * 1024, "multipart/form-data; boundary=x");
    const declared = new Request(request, {
      headers: {
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(AVATAR_REQUEST_MAX_BYTES + 1),
      },
    });
    expect(await avatarFromRequest(declared)).toMatchObject({ ok: false, status: 413 });
    expect(declared.bodyUsed).toBe(false);
  });

  it("refuses a request that is not multipart or has no avatar file", async () => {
    const json = new Request(URL_, {
      method: "POST",
      body: "{}",
      headers: { "Content-Type": "application/json" },
    });
    expect(await avatarFromRequest(json)).toMatchObject({ ok: false, status: 422 });
    const other = upload(await solidPng(), "a.png", "image/png", "picture");
    expect(await avatarFromRequest(other)).toMatchObject({
      ok: false,
      status: 422,
      message: /Choose an image/,
    });
  });
});

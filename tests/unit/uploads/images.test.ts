import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AVATAR_MAX_BYTES, processAvatar } from "@/lib/uploads/images";
import {
  HTML,
  pixelBombPng,
  PRIVATE_MARKERS,
  privateRotatedJpeg,
  solidPng,
  solidWebp,
  SVG,
  TEXT,
} from "@/tests/fixtures/images/make";

async function accepted(input: Uint8Array) {
  const result = await processAvatar(input);
  if (!result.ok) throw new Error(`expected the image to be accepted, got: ${result.message}`);
  return result.image;
}

async function refused(input: Uint8Array): Promise<string> {
  const result = await processAvatar(input);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
}

describe("processAvatar", () => {
  it("turns a PNG, JPEG or WebP of any shape into a 256×256 WebP", async () => {
    for (const input of [await solidPng(640, 480), await privateRotatedJpeg(), await solidWebp(30, 90)]) {
      const image = await accepted(input);
      const meta = await sharp(image.bytes).metadata();
      expect(meta).toMatchObject({ format: "webp", width: 256, height: 256 });
      expect(image).toMatchObject({ mimeType: "image/webp", width: 256, height: 256 });
    }
  });

  it("drops EXIF, GPS and XMP metadata", async () => {
    const input = await privateRotatedJpeg();
    const before = await sharp(input).metadata();
    // The fixture really carries what must be removed.
    expect(before.exif?.length).toBeGreaterThan(0);
    expect(before.xmp?.length).toBeGreaterThan(0);
    for (const marker of PRIVATE_MARKERS) expect(input.toString("latin1")).toContain(marker);

    const image = await accepted(input);
    const after = await sharp(image.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    for (const marker of PRIVATE_MARKERS) expect(image.bytes.toString("latin1")).not.toContain(marker);
  });

  it("applies the EXIF orientation, so a phone photo is not shown on its side", async () => {
    const image = await accepted(await privateRotatedJpeg());
    const { data, info } = await sharp(image.bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels).subarray(0, 3),
    ];
    const [topR, , topB] = pixel(128, 20);
    const [bottomR, , bottomB] = pixel(128, 236);
    // Displayed upright the red half is on top; unrotated it would be on the left.
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
  });

  it("refuses text, HTML and SVG, whatever they are called", async () => {
    for (const input of [TEXT, HTML, SVG]) {
      expect(await refused(input)).toMatch(/PNG, JPEG or WebP/);
    }
  });

  it("refuses other image formats", async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#f00" } })
      .gif()
      .toBuffer();
    expect(await refused(gif)).toMatch(/not a PNG, JPEG or WebP image/);
  });

  it("refuses files over 5 MB before decoding them", async () => {
    const png = await solidPng();
    const big = Buffer.concat([png, Buffer.alloc(AVATAR_MAX_BYTES + 1 - png.length)]);
    expect(await refused(big)).toMatch(/larger than 5 MB/);
    // Exactly 5 MB is still allowed through the size check (this one is a valid PNG plus padding).
    const limit = Buffer.concat([png, Buffer.alloc(AVATAR_MAX_BYTES - png.length)]);
    expect((await processAvatar(limit)).ok).toBe(true);
  });

  it("refuses a small file that declares a huge number of pixels", async () => {
    const bomb = pixelBombPng(60_000, 60_000);
    expect(bomb.length).toBeLessThan(100);
    expect(await refused(bomb)).toMatch(/too many pixels/);
  });

  it("refuses a damaged image with a message instead of an error", async () => {
    const jpeg = await privateRotatedJpeg();
    // Cut before the header ends, and cut inside the pixel data (the header still reads fine).
    expect(await refused(jpeg.subarray(0, 40))).toMatch(/not an image we can read/);
    expect(await refused(jpeg.subarray(0, Math.floor(jpeg.length * 0.9)))).toMatch(/damaged/);
    expect(await refused(new Uint8Array())).toMatch(/Choose an image/);
  });
});

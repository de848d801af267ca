import "server-only";
import sharp, { type Sharp } from "sharp";

// Avatar and cover uploads: what a member sends is never stored or served as it came. The bytes are
// identified by their content (sharp reads the real format, whatever the file name or the
// declared type say), then decoded and re-encoded as a small WebP, which also drops every
// piece of metadata (EXIF, GPS, XMP, comments) because sharp writes none unless asked to.

export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
export const AVATAR_SIZE = 256;
/**
 * Decoding cost grows with pixels, not bytes: a 100 KB PNG can declare 50,000 × 50,000. About
 * 50 megapixels covers the largest phone photos (8064 × 6048) and bounds memory per decode.
 */
export const AVATAR_MAX_PIXELS = 50_000_000;

const ACCEPTED_FORMATS = new Set(["png", "jpeg", "webp"]);

export const AVATAR_RULES = "Use a PNG, JPEG or WebP image of at most 5 MB.";

export interface ProcessedImage {
  bytes: Buffer;
  mimeType: "image/webp";
  width: number;
  height: number;
}

export type AvatarResult = { ok: true; image: ProcessedImage } | { ok: false; message: string };
/** The same checks and result for article cover images. */
export type CoverResult = AvatarResult;

/** Article covers: shown at most this large (16:9), never enlarged. */
export const COVER_MAX_WIDTH = 1600;
export const COVER_MAX_HEIGHT = 900;

/**
 * Why `input` cannot be decoded as an accepted image, or null when it can: the content decides
 * (sharp reads the real format), then the pixel count is bounded before any decode.
 */
async function imageProblem(input: Uint8Array): Promise<string | null> {
  if (input.byteLength === 0) return "Choose an image file to upload.";
  if (input.byteLength > AVATAR_MAX_BYTES) return `This file is larger than 5 MB. ${AVATAR_RULES}`;
  let format: string | undefined;
  let pixels: number;
  try {
    const metadata = await sharp(input, { limitInputPixels: false }).metadata();
    format = metadata.format;
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  } catch {
    return `This file is not an image we can read. ${AVATAR_RULES}`;
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    return `This file is not a PNG, JPEG or WebP image. ${AVATAR_RULES}`;
  }
  if (pixels > AVATAR_MAX_PIXELS) return "This image has too many pixels; use one of at most 50 megapixels.";
  return null;
}

async function reencode(input: Uint8Array, resize: (image: Sharp) => Sharp): Promise<AvatarResult> {
  const problem = await imageProblem(input);
  if (problem) return { ok: false, message: problem };
  try {
    const { data, info } = await resize(sharp(input, { limitInputPixels: AVATAR_MAX_PIXELS }).rotate())
      .webp({ quality: 82 })
      .timeout({ seconds: 15 })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      image: { bytes: data, mimeType: "image/webp", width: info.width, height: info.height },
    };
  } catch {
    // Truncated or corrupt data that the header did not give away.
    return { ok: false, message: `This image could not be read; it may be damaged. ${AVATAR_RULES}` };
  }
}

/**
 * The avatar to store for an uploaded file: EXIF orientation applied, cropped to a centred
 * square of AVATAR_SIZE pixels, WebP. Anything else gets a message for the avatar field.
 */
export async function processAvatar(input: Uint8Array): Promise<AvatarResult> {
  return reencode(input, (image) => image.resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover" }));
}

/**
 * The cover to store for an article: EXIF orientation applied, scaled down (never up, never
 * cropped) to fit COVER_MAX_WIDTH × COVER_MAX_HEIGHT, WebP without metadata.
 */
export async function processCover(input: Uint8Array): Promise<CoverResult> {
  return reencode(input, (image) =>
    image.resize(COVER_MAX_WIDTH, COVER_MAX_HEIGHT, { fit: "inside", withoutEnlargement: true }),
  );
}

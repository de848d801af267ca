import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import type { Env } from "@/lib/env";
import { isValidUploadKey } from "./keys";
import type { StoredFileStream, UploadStorage } from "./storage";

/**
 * Uploads as objects in an S3-compatible bucket, so that every app instance sees the same files
 * without a shared disk (docs/scaling.md). Keys are the same validated paths as on local disk;
 * an optional prefix keeps several sites (or test runs) apart in one bucket.
 */
export class S3Storage implements UploadStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix = "",
  ) {}

  private objectKey(key: string): string {
    if (!isValidUploadKey(key)) throw new Error(`Invalid upload key: ${JSON.stringify(key)}`);
    return this.prefix + key;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    // One PUT: S3 makes an object visible only once it is complete, so a reader never sees half.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentType: contentType,
        ContentLength: bytes.byteLength,
      }),
    );
  }

  async get(key: string): Promise<Uint8Array | null> {
    const object = await this.fetch(key);
    return object ? await object.Body!.transformToByteArray() : null;
  }

  async open(key: string): Promise<StoredFileStream | null> {
    const object = await this.fetch(key);
    if (!object) return null;
    return {
      stream: object.Body!.transformToWebStream() as ReadableStream<Uint8Array>,
      size: object.ContentLength ?? 0,
    };
  }

  async delete(key: string): Promise<void> {
    // S3 answers a delete of a missing object with success, as the interface asks.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  private async fetch(key: string) {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (
        error instanceof S3ServiceException &&
        (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)
      )
        return null;
      throw error;
    }
  }
}

/** The S3 client for the S3_* settings (credentials from the environment's default chain when unset). */
export function s3ClientFor(settings: Env): S3Client {
  const config: S3ClientConfig = {
    region: settings.S3_REGION,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE === "true",
    // Bounded so a stalled store fails a request instead of hanging it.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    maxAttempts: 3,
  };
  if (settings.S3_ENDPOINT) config.endpoint = settings.S3_ENDPOINT;
  if (settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY)
    config.credentials = {
      accessKeyId: settings.S3_ACCESS_KEY_ID,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    };
  return new S3Client(config);
}

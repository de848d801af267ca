import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Env } from "@/lib/env";
import { newUploadKey } from "@/lib/uploads/keys";
import { S3Storage, s3ClientFor } from "@/lib/uploads/s3";

// Uploads on S3-compatible storage, against a real S3 API server on loopback (s3rver keeps the
// objects in a temporary directory). The SDK signs and sends real requests; nothing is faked.

const BUCKET = "zonepress-uploads";
let directory: string;
let server: S3rver;
let endpoint: string;

function variables(): Record<string, string> {
  return {
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
  };
}

function settings(): Env {
  return variables() as unknown as Env;
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "zonepress-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("S3Storage", () => {
  it("stores, reads, streams and deletes objects, keeping the content type", async () => {
    const client = s3ClientFor(settings());
    const storage = new S3Storage(client, BUCKET);
    const key = newUploadKey("avatars", "webp");
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
    await storage.put(key, bytes, "image/webp");

    expect(await storage.get(key)).toEqual(bytes);
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentType).toBe("image/webp");

    const file = await storage.open(key);
    expect(file?.size).toBe(bytes.byteLength);
    const streamed = new Uint8Array(await new Response(file!.stream).arrayBuffer());
    expect(streamed).toEqual(bytes);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.open(key)).toBeNull();
    // A delete may be retried: the second one is not an error.
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("keeps sites sharing a bucket apart by prefix", async () => {
    const client = s3ClientFor(settings());
    const a = new S3Storage(client, BUCKET, "site-a/");
    const b = new S3Storage(client, BUCKET, "site-b/");
    const key = newUploadKey("covers", "webp");
    await a.put(key, new Uint8Array([1, 2, 3]), "image/webp");
    expect(await a.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    expect(await b.get(key)).toBeNull();
  });

  it("refuses invalid keys before any request", async () => {
    const storage = new S3Storage(s3ClientFor(settings()), BUCKET);
    for (const key of ["../secret.webp", "avatars/../x.webp", ""]) {
      await expect(storage.put(key, new Uint8Array([1]), "image/webp")).rejects.toThrow(/Invalid upload key/);
      await expect(storage.get(key)).rejects.toThrow(/Invalid upload key/);
    }
  });

  it("fails a read clearly when the store is unreachable instead of answering 'missing'", async () => {
    const storage = new S3Storage(s3ClientFor({ ...settings(), S3_ENDPOINT: "http://127.0.0.1:9" }), BUCKET);
    await expect(storage.get(newUploadKey("avatars", "webp"))).rejects.toThrow();
  });
});

describe("uploadStorage()", () => {
  it("uses the bucket when S3_BUCKET is set and local disk otherwise", async () => {
    const key = newUploadKey("avatars", "webp");
    vi.resetModules();
    for (const [name, value] of Object.entries(variables())) vi.stubEnv(name, value);
    const onS3 = (await import("@/lib/uploads/storage")).uploadStorage();
    await onS3.put(key, new Uint8Array([7]), "image/webp");
    expect(await new S3Storage(s3ClientFor(settings()), BUCKET).get(key)).toEqual(new Uint8Array([7]));

    vi.resetModules();
    vi.stubEnv("S3_BUCKET", undefined);
    vi.stubEnv("UPLOAD_DIR", directory + "-disk");
    const onDisk = (await import("@/lib/uploads/storage")).uploadStorage();
    expect(await onDisk.get(key)).toBeNull();
    vi.unstubAllEnvs();
    await rm(directory + "-disk", { recursive: true, force: true });
  });
});

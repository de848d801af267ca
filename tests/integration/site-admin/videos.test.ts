import { beforeEach, describe, expect, it, vi } from "vitest";
import { PATCH as patchVideo } from "@/app/api/editor/videos/[id]/route";
import { POST as postVideo } from "@/app/api/editor/videos/route";
import { videoEmbedUrl } from "@/components/video/embed-url";
import type { CurrentUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { getPublishedVideoBySlug } from "@/lib/db/videos";
import { idContext, jsonRequest, problemOf, userWithRole } from "./helpers";

// /api/editor/videos with only "who is signed in" replaced (and next/cache, to see the tags).
const mocks = vi.hoisted(() => ({ currentUser: null as CurrentUser | null, expired: [] as string[] }));
vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  getCurrentUser: async () => mocks.currentUser,
}));
vi.mock("next/cache", () => ({ revalidateTag: (tag: string) => mocks.expired.push(tag) }));

beforeEach(async () => {
  mocks.currentUser = await userWithRole("EDITOR");
  mocks.expired.length = 0;
});

let counter = 0;
/** An 11-character YouTube id no other test run uses. */
function youtubeId(): string {
  counter += 1;
  return `v${counter.toString(36)}${Date.now().toString(36)}`.padEnd(11, "_").slice(0, 11);
}
const vimeoId = () => String(100_000_000 + Math.floor(Math.random() * 899_999_999));

function videoBody(videoUrl: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `Zero-downtime deploys ${counter} ${Date.now().toString(36)}`,
    slug: "",
    summary: "A walk through blue-green releases.",
    zoneId: "",
    videoUrl,
    duration: "12:34",
    published: true,
    ...overrides,
  };
}

const post = (body: unknown) => postVideo(jsonRequest("/api/editor/videos", "POST", body));

describe("/api/editor/videos: only allow-listed providers", () => {
  it.each([
    ["YouTube watch page", (id: string) => `https://www.youtube.com/watch?v=${id}&t=42s`],
    ["YouTube Shorts", (id: string) => `https://youtube.com/shorts/${id}`],
    ["YouTube embed", (id: string) => `https://www.youtube.com/embed/${id}?start=10`],
    ["privacy-enhanced embed", (id: string) => `https://www.youtube-nocookie.com/embed/${id}`],
    ["youtu.be short link", (id: string) => `https://youtu.be/${id}?si=abc`],
    ["mobile page", (id: string) => `m.youtube.com/watch?v=${id}`],
  ])("accepts a %s and stores provider + id", async (_label, url) => {
    const id = youtubeId();
    const response = await post(videoBody(url(id)));
    expect(response.status).toBe(201);
    const { video } = (await response.json()) as {
      video: { id: number; videoUrl: string; duration: string };
    };
    const stored = await db.video.findUniqueOrThrow({ where: { id: video.id } });
    expect(stored).toMatchObject({ provider: "YOUTUBE", providerId: id, durationSeconds: 754 });
    expect(videoEmbedUrl(stored.provider, stored.providerId)).toBe(
      `https://www.youtube-nocookie.com/embed/${id}`,
    );
    expect(video).toMatchObject({ videoUrl: `https://www.youtube.com/watch?v=${id}`, duration: "12:34" });
  });

  it.each([
    ["Vimeo page", (id: string) => `https://vimeo.com/${id}`],
    ["Vimeo player", (id: string) => `https://player.vimeo.com/video/${id}?badge=0`],
    ["Vimeo channel", (id: string) => `https://vimeo.com/channels/staffpicks/${id}`],
  ])("accepts a %s", async (_label, url) => {
    const id = vimeoId();
    const response = await post(videoBody(url(id)));
    expect(response.status).toBe(201);
    const { video } = (await response.json()) as { video: { id: number } };
    expect(await db.video.findUniqueOrThrow({ where: { id: video.id } })).toMatchObject({
      provider: "VIMEO",
      providerId: id,
    });
  });

  it.each([
    [
      "another site",
      "https://www.dailymotion.com/video/x8abcd",
      /Only YouTube and Vimeo videos can be embedded/,
    ],
    [
      "a look-alike host",
      "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      /Only YouTube and Vimeo/,
    ],
    ["a script URL", "javascript:alert(1)", /Only YouTube and Vimeo/],
    ["a channel, not a video", "https://www.youtube.com/@somechannel", /does not point to a single video/],
    ["a malformed id", "https://youtu.be/short", /no valid video id/],
    ["a Vimeo showcase", "https://vimeo.com/showcase/123456", /does not point to a single video/],
    ["an unlisted Vimeo video", "https://vimeo.com/123456789/abcdef1234", /Unlisted Vimeo videos/],
    ["nothing", "", /Paste the address of a YouTube or Vimeo video/],
  ])("refuses %s with a message on the video field", async (_label, url, message) => {
    const before = await db.video.count();
    const response = await post(videoBody(url));
    expect(response.status).toBe(422);
    const { errors } = await problemOf(response);
    expect(Object.keys(errors ?? {})).toEqual(["videoUrl"]);
    expect(errors?.videoUrl).toMatch(message);
    expect(await db.video.count()).toBe(before);
  });

  it("refuses a video already in the library, and bad durations", async () => {
    const id = youtubeId();
    const first = await post(videoBody(`https://youtu.be/${id}`, { title: "The original" }));
    expect(first.status).toBe(201);
    const again = await post(videoBody(`https://www.youtube.com/watch?v=${id}`, { duration: "12:75" }));
    expect((await problemOf(again)).errors).toEqual({
      duration: "Enter the duration as minutes:seconds (12:34) or hours:minutes:seconds",
    });
    const duplicate = await post(videoBody(`https://www.youtube.com/watch?v=${id}`));
    expect((await problemOf(duplicate)).errors).toEqual({
      videoUrl: "This video is already in the library as “The original”",
    });
  });

  it("names every bad field of a blank form at once", async () => {
    const response = await post({ title: "", videoUrl: "https://example.org/clip.mp4", duration: "soon" });
    expect((await problemOf(response)).errors).toEqual({
      title: "Enter a title",
      videoUrl: expect.stringMatching(/^Only YouTube and Vimeo videos can be embedded/),
      duration: "Enter the duration as minutes:seconds (12:34) or hours:minutes:seconds",
    });
  });

  it("is for editors and admins only", async () => {
    mocks.currentUser = await userWithRole("MEMBER");
    expect((await post(videoBody(`https://youtu.be/${youtubeId()}`))).status).toBe(403);
  });
});

describe("publishing", () => {
  it("unpublished videos stay off the library; publishing shows them; a later edit keeps the date", async () => {
    const created = await post(videoBody(`https://vimeo.com/${vimeoId()}`, { published: false }));
    const { video } = (await created.json()) as {
      video: { id: number; slug: string; updatedAt: string; publishedAt: null };
    };
    expect(video.publishedAt).toBeNull();
    expect(await getPublishedVideoBySlug(video.slug)).toBeNull();

    const url = `https://vimeo.com/${(await db.video.findUniqueOrThrow({ where: { id: video.id } })).providerId}`;
    const published = await patchVideo(
      jsonRequest(`/api/editor/videos/${video.id}`, "PATCH", {
        ...videoBody(url, { slug: video.slug }),
        updatedAt: video.updatedAt,
      }),
      idContext(video.id),
    );
    expect(published.status).toBe(200);
    const after = ((await published.json()) as { video: { publishedAt: string; updatedAt: string } }).video;
    expect(await getPublishedVideoBySlug(video.slug)).not.toBeNull();
    expect(mocks.expired).toEqual(expect.arrayContaining(["videos", `video:${video.slug}`]));

    const edited = await patchVideo(
      jsonRequest(`/api/editor/videos/${video.id}`, "PATCH", {
        ...videoBody(url, { slug: video.slug, title: "Retitled" }),
        updatedAt: after.updatedAt,
      }),
      idContext(video.id),
    );
    expect(((await edited.json()) as { video: { publishedAt: string } }).video.publishedAt).toBe(
      after.publishedAt,
    );
    const audit = await db.auditLog.findMany({
      where: { targetType: "Video", targetId: String(video.id) },
      orderBy: { id: "asc" },
      select: { action: true, details: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["video.create", "video.update", "video.update"]);
    expect(audit[2]!.details).toEqual({ title: { from: expect.any(String), to: "Retitled" } });
  });
});

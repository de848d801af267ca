// The Video Library embeds only allow-listed providers (components/video/embed-url.ts). Editors
// paste whatever address their browser shows; this turns it into the provider and the bare id
// that are stored, or says why it cannot be used. Only the providers' own hosts are accepted, and
// ids must match the same strict patterns the embed checks again before rendering.

export type VideoProvider = "YOUTUBE" | "VIMEO";

export type VideoUrlResult =
  { ok: true; provider: VideoProvider; providerId: string } | { ok: false; message: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^[1-9][0-9]{0,11}$/;

const YOUTUBE_HOSTS = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com", "player.vimeo.com"]);

export const VIDEO_URL_MAX_LENGTH = 500;

const NOT_ALLOWED =
  "Only YouTube and Vimeo videos can be embedded. Paste the video's address from youtube.com, youtu.be or vimeo.com.";
const NO_VIDEO = "This address does not point to a single video. Paste the address of the video's own page.";

function youtubeId(url: URL): string | null {
  if (url.hostname === "youtu.be") return url.pathname.split("/")[1] ?? null;
  const [first, second] = url.pathname.split("/").slice(1);
  if (url.pathname === "/watch") return url.searchParams.get("v");
  // /embed/<id> (also on youtube-nocookie.com), /shorts/<id>, /live/<id>, /v/<id>
  if (first && ["embed", "shorts", "live", "v"].includes(first)) return second ?? null;
  return null;
}

function vimeoId(url: URL): { id: string | null; unlisted: boolean } {
  const segments = url.pathname.split("/").filter(Boolean);
  if (url.hostname === "player.vimeo.com") {
    return {
      id: segments[0] === "video" ? (segments[1] ?? null) : null,
      unlisted: url.searchParams.has("h"),
    };
  }
  // vimeo.com/<id>, vimeo.com/<id>/<privacy hash>, vimeo.com/channels/<name>/<id>,
  // vimeo.com/groups/<name>/videos/<id>
  const numeric = segments.findIndex((segment) => /^[0-9]+$/.test(segment));
  if (numeric === -1) return { id: null, unlisted: false };
  const known =
    numeric === 0 ||
    (segments[0] === "channels" && numeric === 2) ||
    (segments[0] === "groups" && segments[2] === "videos" && numeric === 3);
  if (!known) return { id: null, unlisted: false };
  return { id: segments[numeric]!, unlisted: numeric === 0 && segments.length > 1 };
}

/** The provider and id of a pasted YouTube or Vimeo address, or a message for the field. */
export function parseVideoUrl(raw: string): VideoUrlResult {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "Paste the address of a YouTube or Vimeo video" };
  if (text.length > VIDEO_URL_MAX_LENGTH) return { ok: false, message: "This address is too long" };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: "Enter a full address, like https://www.youtube.com/watch?v=…" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, message: NOT_ALLOWED };
  if (url.username || url.password || url.port) return { ok: false, message: NOT_ALLOWED };
  const host = url.hostname.toLowerCase();

  if (YOUTUBE_HOSTS.has(host) || host === "youtu.be") {
    const id = youtubeId(url);
    if (!id) return { ok: false, message: NO_VIDEO };
    if (!YOUTUBE_ID.test(id)) return { ok: false, message: "This YouTube address has no valid video id" };
    return { ok: true, provider: "YOUTUBE", providerId: id };
  }
  if (VIMEO_HOSTS.has(host)) {
    const { id, unlisted } = vimeoId(url);
    if (!id) return { ok: false, message: NO_VIDEO };
    if (unlisted) {
      return {
        ok: false,
        message:
          "Unlisted Vimeo videos (with a privacy hash) cannot be embedded; make the video public first",
      };
    }
    if (!VIMEO_ID.test(id)) return { ok: false, message: "This Vimeo address has no valid video id" };
    return { ok: true, provider: "VIMEO", providerId: id };
  }
  return { ok: false, message: NOT_ALLOWED };
}

/** The canonical page address of a stored video, shown in the edit form. */
export function videoPageUrl(provider: VideoProvider, providerId: string): string {
  return provider === "YOUTUBE"
    ? `https://www.youtube.com/watch?v=${providerId}`
    : `https://vimeo.com/${providerId}`;
}

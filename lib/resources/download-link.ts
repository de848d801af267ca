import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/config";

// Signed, expiring download links for Refcard and Trend Report PDFs. The Download route hands a
// signed-in member a link that names the resource, the member and an expiry, with an
// HMAC-SHA256 of the three; the file route serves the PDF only when the HMAC matches (compared
// in constant time), the link has not expired and the member presenting it is the one it was
// made for. Nothing is stored: the key is derived from AUTH_SECRET, so every instance of a site
// verifies every other instance's links, and a new AUTH_SECRET voids the links in flight.

/** How long a link works: enough to start the download, too short to be worth sharing. */
export const DOWNLOAD_LINK_TTL_SECONDS = 5 * 60;

/** What a link grants: this member may fetch this resource's PDF until `expires` (Unix seconds). */
export interface DownloadGrant {
  resourceId: number;
  userId: number;
  expires: number;
}

export type DownloadLinkCheck =
  | { ok: true; grant: DownloadGrant }
  | { ok: false; reason: "invalid" | "expired" | "signed-out" | "other-member" };

// A key of its own (derived, never the session key itself), so a download signature can never be
// mistaken for, or turned into, anything else signed with AUTH_SECRET.
function signingKey(): Buffer {
  return createHmac("sha256", authSecret()).update("zonepress download links v1").digest();
}

function signatureOf({ resourceId, userId, expires }: DownloadGrant): Buffer {
  return createHmac("sha256", signingKey()).update(`${resourceId}.${userId}.${expires}`).digest();
}

/** The file route's URL for `grant`, e.g. `/api/resources/12/file?member=3&expires=…&signature=…`. */
export function signedDownloadPath(grant: DownloadGrant): string {
  const query = new URLSearchParams({
    member: String(grant.userId),
    expires: String(grant.expires),
    signature: signatureOf(grant).toString("base64url"),
  });
  return `/api/resources/${grant.resourceId}/file?${query}`;
}

/** A grant for `userId` to download `resourceId`, expiring DOWNLOAD_LINK_TTL_SECONDS after `now`. */
export function grantDownload(resourceId: number, userId: number, now: Date = new Date()): DownloadGrant {
  return { resourceId, userId, expires: Math.floor(now.getTime() / 1000) + DOWNLOAD_LINK_TTL_SECONDS };
}

const ID = /^[1-9][0-9]{0,9}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/; // 32 bytes in base64url, no padding

function idOf(raw: string | null): number | null {
  if (raw === null || !ID.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

/**
 * Checks a link's parts as they arrived. The signature is checked first, so a forged or altered
 * link is "invalid" whatever its expiry says; then the expiry; then that `currentUserId` (the
 * member signed in now, null for a signed-out visitor) is the member the link was made for.
 */
export function checkDownloadLink(
  parts: { resourceId: string; member: string | null; expires: string | null; signature: string | null },
  currentUserId: number | null,
  now: Date = new Date(),
): DownloadLinkCheck {
  const resourceId = idOf(parts.resourceId);
  const userId = idOf(parts.member);
  const expires =
    parts.expires !== null && /^[0-9]{1,12}$/.test(parts.expires) ? Number(parts.expires) : null;
  if (resourceId === null || userId === null || expires === null || !SIGNATURE.test(parts.signature ?? "")) {
    return { ok: false, reason: "invalid" };
  }
  const grant = { resourceId, userId, expires };
  const given = Buffer.from(parts.signature ?? "", "base64url");
  const expected = signatureOf(grant);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "invalid" };
  if (Math.floor(now.getTime() / 1000) >= expires) return { ok: false, reason: "expired" };
  if (currentUserId === null) return { ok: false, reason: "signed-out" };
  if (userId !== currentUserId) return { ok: false, reason: "other-member" };
  return { ok: true, grant };
}

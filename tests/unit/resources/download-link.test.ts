import { describe, expect, it } from "vitest";
import {
  checkDownloadLink,
  DOWNLOAD_LINK_TTL_SECONDS,
  grantDownload,
  signedDownloadPath,
} from "@/lib/resources/download-link";

// Signed download links: only a link we made, for this member, before it expires, opens a file.

const NOW = new Date("2026-12-05T10:00:00Z");
const MEMBER = 41;
const RESOURCE = 7;

/** The parts of a signed link as the file route receives them. */
function partsOf(path: string) {
  const url = new URL(path, "http://zonepress.test");
  const resourceId = /^\/api\/resources\/([^/]+)\/file$/.exec(url.pathname)?.[1] ?? "";
  return {
    resourceId,
    member: url.searchParams.get("member"),
    expires: url.searchParams.get("expires"),
    signature: url.searchParams.get("signature"),
  };
}

const link = () => partsOf(signedDownloadPath(grantDownload(RESOURCE, MEMBER, NOW)));
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("signed download links", () => {
  it("open the file for the member they were made for, until they expire five minutes later", () => {
    const parts = link();
    expect(parts.resourceId).toBe(String(RESOURCE));
    expect(checkDownloadLink(parts, MEMBER, NOW)).toEqual({
      ok: true,
      grant: { resourceId: RESOURCE, userId: MEMBER, expires: NOW.getTime() / 1000 + 300 },
    });
    expect(DOWNLOAD_LINK_TTL_SECONDS).toBe(300);
    expect(checkDownloadLink(parts, MEMBER, later(299)).ok).toBe(true);
    expect(checkDownloadLink(parts, MEMBER, later(300))).toEqual({ ok: false, reason: "expired" });
    expect(checkDownloadLink(parts, MEMBER, later(86_400))).toEqual({ ok: false, reason: "expired" });
  });

  it("are refused when any part was changed", () => {
    const parts = link();
    const flipped = (text: string) => `${text[0] === "A" ? "B" : "A"}${text.slice(1)}`;
    const tampered = [
      { ...parts, resourceId: String(RESOURCE + 1) },
      { ...parts, member: String(MEMBER + 1) },
      // A later expiry, to make the link last longer.
      { ...parts, expires: String(Number(parts.expires) + 3600) },
      { ...parts, signature: flipped(parts.signature ?? "") },
      { ...parts, signature: (parts.signature ?? "").slice(0, -1) },
      { ...parts, signature: null },
      { ...parts, member: null },
      { ...parts, expires: "soon" },
      { ...parts, resourceId: "7abc" },
    ];
    for (const changed of tampered) {
      // Even by the member the changed link names, and even after it "expired": the signature decides first.
      const member = Number(changed.member) || MEMBER;
      expect(checkDownloadLink(changed, member, NOW), JSON.stringify(changed)).toEqual({
        ok: false,
        reason: "invalid",
      });
      expect(checkDownloadLink(changed, member, later(3600)).ok).toBe(false);
    }
  });

  it("made for one member are refused to another, and to a signed-out visitor", () => {
    expect(checkDownloadLink(link(), MEMBER + 1, NOW)).toEqual({ ok: false, reason: "other-member" });
    expect(checkDownloadLink(link(), null, NOW)).toEqual({ ok: false, reason: "signed-out" });
  });

  it("differ per resource, member and expiry, and cannot be made without the server's key", () => {
    const signatures = new Set(
      [
        grantDownload(RESOURCE, MEMBER, NOW),
        grantDownload(RESOURCE + 1, MEMBER, NOW),
        grantDownload(RESOURCE, MEMBER + 1, NOW),
        grantDownload(RESOURCE, MEMBER, later(1)),
      ].map((grant) => partsOf(signedDownloadPath(grant)).signature),
    );
    expect(signatures.size).toBe(4);
    // A well-formed signature of the right length that we did not make.
    const forged = { ...link(), signature: "A".repeat(43) };
    expect(checkDownloadLink(forged, MEMBER, NOW)).toEqual({ ok: false, reason: "invalid" });
  });
});

import { describe, expect, it } from "vitest";
import { curatedCacheLife } from "@/lib/curation/cache-life";

// How long a curated section may stay cached, given when one of its entries next starts or ends.

const now = new Date(Date.UTC(2026, 11, 1, 12));
const inSeconds = (s: number) => new Date(now.getTime() + s * 1000);

describe("curatedCacheLife", () => {
  it("is Next's minutes profile when nothing is scheduled", () => {
    expect(curatedCacheLife(null, now)).toEqual({ stale: 300, revalidate: 60, expire: 3600 });
  });

  it("expires exactly at a boundary between five minutes and an hour away", () => {
    expect(curatedCacheLife(inSeconds(900), now)).toEqual({ stale: 300, revalidate: 60, expire: 900 });
    expect(curatedCacheLife(inSeconds(300), now)).toMatchObject({ expire: 300 });
  });

  it("keeps the hour when the boundary is further away (the section is rendered again before then)", () => {
    expect(curatedCacheLife(inSeconds(86_400), now)).toEqual({ stale: 300, revalidate: 60, expire: 3600 });
  });

  it("revalidates at a boundary under a minute away, keeping Next's five-minute floor for expire", () => {
    expect(curatedCacheLife(inSeconds(42), now)).toEqual({ stale: 300, revalidate: 42, expire: 300 });
    expect(curatedCacheLife(inSeconds(120), now)).toEqual({ stale: 300, revalidate: 60, expire: 300 });
  });

  it("never asks for less than a second, even for a boundary a few milliseconds away", () => {
    expect(curatedCacheLife(new Date(now.getTime() + 3), now)).toMatchObject({ revalidate: 1 });
  });
});

import { describe, expect, it } from "vitest";
import { formatDuration, isoDuration, spokenDuration } from "@/components/video/duration";
import { EMBED_ALLOW, videoEmbedUrl, videoProviderName } from "@/components/video/embed-url";

describe("video embed allow-list", () => {
  it("embeds YouTube ids in privacy-enhanced mode", () => {
    expect(videoEmbedUrl("YOUTUBE", "dQw4w9WgXcQ")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    );
    expect(videoEmbedUrl("YOUTUBE", "a-b_C1d2E3f")).toBe(
      "https://www.youtube-nocookie.com/embed/a-b_C1d2E3f",
    );
  });

  it("embeds Vimeo ids with do-not-track", () => {
    expect(videoEmbedUrl("VIMEO", "76979871")).toBe("https://player.vimeo.com/video/76979871?dnt=1");
  });

  it.each([
    ["too short", "YOUTUBE", "dQw4w9WgXc"],
    ["too long", "YOUTUBE", "dQw4w9WgXcQQ"],
    ["empty", "YOUTUBE", ""],
    ["markup injection", "YOUTUBE", 'abc"><script>'],
    ["11 chars with a quote", "YOUTUBE", 'abcdefghij"'],
    ["path traversal", "YOUTUBE", "../../evil1"],
    ["query smuggling", "YOUTUBE", "abc?x=1&y=2"],
    ["full URL", "YOUTUBE", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["trailing newline", "YOUTUBE", "dQw4w9WgXcQ\n"],
    ["unicode look-alike", "YOUTUBE", "dQw4w9WgXcЅ"],
    ["Vimeo letters", "VIMEO", "12345abc"],
    ["Vimeo injection", "VIMEO", '123"><script>alert(1)</script>'],
    ["Vimeo negative", "VIMEO", "-123"],
    ["Vimeo leading zero", "VIMEO", "0123"],
    ["Vimeo with query", "VIMEO", "123?autoplay=1"],
    ["Vimeo absurdly long", "VIMEO", "1234567890123"],
  ])("refuses %s", (_label, provider, id) => {
    expect(videoEmbedUrl(provider, id)).toBeNull();
  });

  it.each(["DAILYMOTION", "youtube", "", "__proto__", "constructor", "toString"])(
    "refuses provider %j, even with a well-formed id",
    (provider) => {
      expect(videoEmbedUrl(provider, "dQw4w9WgXcQ")).toBeNull();
      expect(videoEmbedUrl(provider, "76979871")).toBeNull();
    },
  );

  it("asks the browser for no more than players need", () => {
    const features = EMBED_ALLOW.split(";").map((f) => f.trim());
    expect(features).toEqual(["autoplay", "encrypted-media", "fullscreen", "picture-in-picture"]);
    expect(EMBED_ALLOW).not.toMatch(/camera|microphone|geolocation|payment|usb/);
  });

  it("names providers for readers", () => {
    expect(videoProviderName("YOUTUBE")).toBe("YouTube");
    expect(videoProviderName("VIMEO")).toBe("Vimeo");
    expect(videoProviderName("toString")).toBe("toString");
  });
});

describe("video durations", () => {
  it.each([
    [0, "0:00", "PT0S", "0 seconds"],
    [5, "0:05", "PT5S", "5 seconds"],
    [65, "1:05", "PT1M5S", "1 minute 5 seconds"],
    [754, "12:34", "PT12M34S", "12 minutes 34 seconds"],
    [3599, "59:59", "PT59M59S", "59 minutes 59 seconds"],
    [3600, "1:00:00", "PT1H", "1 hour"],
    [3723, "1:02:03", "PT1H2M3S", "1 hour 2 minutes 3 seconds"],
    [36_000, "10:00:00", "PT10H", "10 hours"],
  ])("%i s is %s", (seconds, clock, iso, spoken) => {
    expect(formatDuration(seconds)).toBe(clock);
    expect(isoDuration(seconds)).toBe(iso);
    expect(spokenDuration(seconds)).toBe(spoken);
  });

  it("treats bad values as zero", () => {
    expect(formatDuration(-5)).toBe("0:00");
    expect(formatDuration(Number.NaN)).toBe("0:00");
  });
});

import { describe, expect, it } from "vitest";
import { isCountedVisitor } from "@/lib/views/bot";
import { viewConfig } from "@/lib/views/config";

describe("view settings", () => {
  it("flushes every 5 s unless VIEW_FLUSH_INTERVAL_MS says otherwise", () => {
    expect(viewConfig({})).toEqual({ flushIntervalMs: 5000 });
    expect(viewConfig({ VIEW_FLUSH_INTERVAL_MS: "" })).toEqual({ flushIntervalMs: 5000 });
    expect(viewConfig({ VIEW_FLUSH_INTERVAL_MS: "250" })).toEqual({ flushIntervalMs: 250 });
  });

  it("names the variable when it is not a sensible interval", () => {
    expect(() => viewConfig({ VIEW_FLUSH_INTERVAL_MS: "soon" })).toThrow(/VIEW_FLUSH_INTERVAL_MS/);
    expect(() => viewConfig({ VIEW_FLUSH_INTERVAL_MS: "0" })).toThrow(/VIEW_FLUSH_INTERVAL_MS/);
  });
});

describe("who counts as a reader", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
      true,
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari/604.1",
      true,
    ],
    ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", false],
    ["Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", false],
    ["curl/8.5.0", false],
    ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", false],
    ["", false],
    ["   ", false],
    [null, false],
  ])("%s → %s", (userAgent, counted) => {
    expect(isCountedVisitor(userAgent)).toBe(counted);
  });
});

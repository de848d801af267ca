import { describe, expect, it } from "vitest";
import { feedAlternates, feedLinks } from "@/lib/feeds/links";

describe("feed links", () => {
  it("puts the site's feeds at the root and a scope's under its page", () => {
    expect(feedLinks("", "Zonepress")).toEqual({ rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" });
    expect(feedLinks("/zones/kubernetes", "Kubernetes")).toEqual({
      rss: "/zones/kubernetes/feed.xml",
      atom: "/zones/kubernetes/atom.xml",
      json: "/zones/kubernetes/feed.json",
    });
  });

  it("tolerates a trailing slash or a missing leading one", () => {
    expect(feedLinks("/users/ada/").rss).toBe("/users/ada/feed.xml");
    expect(feedLinks("categories/devops").json).toBe("/categories/devops/feed.json");
    expect(feedLinks("/").atom).toBe("/atom.xml");
  });

  it("offers one titled alternate per format for page metadata", () => {
    expect(feedAlternates("/categories/devops", "DevOps")).toEqual({
      "application/rss+xml": [{ url: "/categories/devops/feed.xml", title: "DevOps — RSS" }],
      "application/atom+xml": [{ url: "/categories/devops/atom.xml", title: "DevOps — Atom" }],
      "application/feed+json": [{ url: "/categories/devops/feed.json", title: "DevOps — JSON Feed" }],
    });
  });
});

import { describe, expect, it } from "vitest";
import { editorRecordExists } from "@/lib/db/editor-records";
import { createArticle } from "../../factories/articles";
import { createEvent } from "../../factories/events-videos";
import { createZone } from "../../factories/zones";

// The proxy's question before an editor record page renders: does the record exist? (A 404
// status can only be set there; the page's shell streams with 200.)
describe("editorRecordExists", () => {
  it("finds existing records and refuses unknown and junk ids", async () => {
    const zone = await createZone();
    const article = await createArticle({ zoneId: zone.id });
    const event = await createEvent();

    expect(await editorRecordExists(`/editor/review/${article.id}`)).toBe(true);
    expect(await editorRecordExists(`/editor/taxonomy/zones/${zone.id}`)).toBe(true);
    expect(await editorRecordExists(`/editor/events/${event.id}/`)).toBe(true);

    expect(await editorRecordExists("/editor/events/2000000000")).toBe(false);
    expect(await editorRecordExists("/editor/outbox/2000000000")).toBe(false);
    expect(await editorRecordExists("/editor/resources/abc")).toBe(false);
    expect(await editorRecordExists("/editor/videos/99999999999")).toBe(false);
  });

  it("has nothing to say about pages that are not one record", async () => {
    expect(await editorRecordExists("/editor/events")).toBeNull();
    expect(await editorRecordExists("/editor/events/new")).toBeNull();
    expect(await editorRecordExists("/editor/taxonomy")).toBeNull();
    expect(await editorRecordExists("/editor/members")).toBeNull();
    expect(await editorRecordExists("/write/12")).toBeNull();
  });
});

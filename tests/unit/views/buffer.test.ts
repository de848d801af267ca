import { describe, expect, it } from "vitest";
import { processViewBuffer, utcDay, ViewBuffer } from "@/lib/views/buffer";

describe("view buffer", () => {
  it("adds up views per article and UTC day", () => {
    const buffer = new ViewBuffer();
    const evening = new Date(Date.UTC(2030, 6, 1, 23, 0)); // 20:00 in São Paulo
    const night = new Date(Date.UTC(2030, 6, 2, 1, 0)); // 22:00 on Jul 1 in São Paulo
    buffer.record(1, evening);
    buffer.record(1, evening);
    buffer.record(1, night);
    buffer.record(2, night, 5);
    expect(buffer.pendingViews).toBe(8);
    expect(buffer.drain()).toEqual([
      { articleId: 1, day: "2030-07-01", count: 2 },
      { articleId: 1, day: "2030-07-02", count: 1 },
      { articleId: 2, day: "2030-07-02", count: 5 },
    ]);
  });

  it("starts empty after a drain, and a restored batch merges with newer views", () => {
    const buffer = new ViewBuffer();
    const at = new Date(Date.UTC(2030, 0, 1, 12));
    buffer.record(3, at, 4);
    const batch = buffer.drain();
    expect(buffer.pendingViews).toBe(0);
    buffer.record(3, at); // recorded while the batch was being written
    buffer.restore(batch); // the write failed
    expect(buffer.drain()).toEqual([{ articleId: 3, day: "2030-01-01", count: 5 }]);
  });

  it("refuses new articles once full but keeps counting the ones it holds", () => {
    const buffer = new ViewBuffer(2);
    expect(buffer.record(1)).toBe(true);
    expect(buffer.record(2)).toBe(true);
    expect(buffer.record(3)).toBe(false);
    expect(buffer.record(1)).toBe(true);
    expect(buffer.pendingViews).toBe(3);
    expect(buffer.droppedViews).toBe(1);
    buffer.drain();
    expect(buffer.droppedViews).toBe(0);
    expect(buffer.record(3)).toBe(true);
  });

  it("formats the UTC day, not the local one", () => {
    // 00:30 UTC on Mar 1 is still Feb 28 in São Paulo.
    expect(utcDay(new Date(Date.UTC(2031, 2, 1, 0, 30)))).toBe("2031-03-01");
  });

  it("is one buffer per process, whichever bundle asks", async () => {
    const first = processViewBuffer();
    // A second copy of the module (as Next's separate instrumentation and route bundles have)
    // must find the same buffer through the global symbol registry.
    const copy = (await import(
      `@/lib/views/buffer?copy=${Date.now()}`
    )) as typeof import("@/lib/views/buffer");
    expect(copy.processViewBuffer).not.toBe(processViewBuffer);
    expect(copy.processViewBuffer()).toBe(first);
  });
});

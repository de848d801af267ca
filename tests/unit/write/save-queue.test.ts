import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SaveScheduler, serialQueue } from "@/components/write/save-queue";

describe("SaveScheduler (autosave timing)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves 2 s after typing stops, once", () => {
    const run = vi.fn();
    const scheduler = new SaveScheduler(run);
    scheduler.changed();
    vi.advanceTimersByTime(1_500);
    scheduler.changed();
    vi.advanceTimersByTime(1_999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("still saves every 10 s while the author keeps typing", () => {
    const run = vi.fn();
    const scheduler = new SaveScheduler(run);
    for (let elapsed = 0; elapsed < 25_000; elapsed += 500) {
      scheduler.changed();
      vi.advanceTimersByTime(500);
    }
    expect(run).toHaveBeenCalledTimes(2); // at 10 s and at 20 s
  });

  it("does nothing once cancelled, and retries a failed save later", () => {
    const run = vi.fn();
    const scheduler = new SaveScheduler(run);
    scheduler.changed();
    scheduler.cancel();
    vi.advanceTimersByTime(60_000);
    expect(run).not.toHaveBeenCalled();
    scheduler.retryLater(10_000);
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe("serialQueue", () => {
  it("runs saves one after another in order, even when one fails", async () => {
    const enqueue = serialQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = enqueue(async () => {
      log.push("first start");
      await new Promise<void>((resolve) => (release = resolve));
      log.push("first end");
      return 1;
    });
    const second = enqueue(async () => {
      log.push("second");
      throw new Error("offline");
    });
    const third = enqueue(async () => {
      log.push("third");
      return 3;
    });
    await Promise.resolve();
    expect(log).toEqual(["first start"]);
    release();
    expect(await first).toBe(1);
    await expect(second).rejects.toThrow("offline");
    expect(await third).toBe(3);
    expect(log).toEqual(["first start", "first end", "second", "third"]);
  });
});

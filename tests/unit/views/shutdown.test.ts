import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { ViewBuffer } from "@/lib/views/buffer";
import { createViewFlusher } from "@/lib/views/flush";
import { installShutdownFlush, type ShutdownProcess } from "@/lib/views/shutdown";

// On SIGTERM/SIGINT the buffered views must be in the database before the process exits,
// even though Next's own signal handler calls process.exit as soon as its HTTP server closed.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function fakeProcess(snapshot: () => number = () => 0) {
  const emitter = new EventEmitter();
  const exits: { code: unknown; at: number; written: number }[] = [];
  const proc = {
    on: (event: string, listener: (signal: "SIGINT" | "SIGTERM") => void) => emitter.on(event, listener),
    listenerCount: (event: string) => emitter.listenerCount(event),
    exit: ((code?: unknown) => {
      exits.push({ code, at: Date.now(), written: snapshot() });
    }) as ShutdownProcess["exit"],
  };
  return { proc: proc as ShutdownProcess, emitter, exits };
}

/** A flusher over a fake database that takes `writeMs` per write. */
function slowStore(writeMs: number) {
  const buffer = new ViewBuffer();
  const written: number[] = [];
  const flusher = createViewFlusher(buffer, async (batch) => {
    await sleep(writeMs);
    written.push(...batch.map((entry) => entry.count));
  });
  const total = () => written.reduce((a, b) => a + b, 0);
  return { buffer, flusher, total };
}

const exited = async (exits: unknown[], count = 1) => {
  for (let i = 0; i < 200 && exits.length < count; i++) await sleep(5);
};

describe("flush on shutdown", () => {
  it("holds Next's exit until every view, including in-flight requests', is written", async () => {
    const { buffer, flusher, total } = slowStore(40);
    const { proc, emitter, exits } = fakeProcess(total);
    // Next's handler: closes the server (in-flight requests still record), then exits.
    emitter.on("SIGTERM", () => {
      void sleep(10).then(() => {
        buffer.record(1, new Date(), 5); // a beacon that was still in flight
        proc.exit(143);
      });
    });
    let stopped = false;
    installShutdownFlush({
      proc,
      flush: () => flusher.flush(),
      pending: () => buffer.pendingViews,
      onSignal: () => (stopped = true),
    });

    buffer.record(1, new Date(), 100);
    emitter.emit("SIGTERM", "SIGTERM");
    expect(stopped).toBe(true);
    await exited(exits);

    // Exactly one real exit, and only once all 105 views were written.
    expect(exits).toEqual([{ code: 143, at: expect.any(Number), written: 105 }]);
    expect(buffer.pendingViews).toBe(0);
  });

  it("flushes and exits by itself when nothing else handles the signal", async () => {
    const { buffer, flusher, total } = slowStore(20);
    const { proc, emitter, exits } = fakeProcess(total);
    installShutdownFlush({ proc, flush: () => flusher.flush(), pending: () => buffer.pendingViews });
    buffer.record(9, new Date(), 7);
    emitter.emit("SIGINT", "SIGINT");
    emitter.emit("SIGINT", "SIGINT"); // Ctrl-C reaches the process twice from a shell
    await exited(exits);
    await sleep(50);
    expect(exits.map((e) => [e.code, e.written])).toEqual([[130, 7]]);
  });

  it("gives up after the timeout when the database hangs, and still exits", async () => {
    const { proc, emitter, exits } = fakeProcess();
    const buffer = new ViewBuffer();
    const flusher = createViewFlusher(buffer, () => new Promise<void>(() => {}));
    installShutdownFlush({
      proc,
      flush: () => flusher.flush(),
      pending: () => buffer.pendingViews,
      timeoutMs: 50,
    });
    buffer.record(1);
    const started = Date.now();
    emitter.emit("SIGTERM", "SIGTERM");
    await exited(exits);
    expect(exits.map((e) => e.code)).toEqual([143]);
    expect((exits[0]?.at ?? 0) - started).toBeGreaterThanOrEqual(45);
  });

  it("leaves process.exit alone until a signal arrives", () => {
    const { proc } = fakeProcess();
    const original = proc.exit;
    installShutdownFlush({ proc, flush: async () => undefined, pending: () => 0 });
    expect(proc.exit).toBe(original);
  });
});

import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createShutdown, type ShutdownProcess } from "@/lib/shutdown";
import { ViewBuffer } from "@/lib/views/buffer";
import { createViewFlusher } from "@/lib/views/flush";

// On SIGTERM/SIGINT the process shuts down once, in order: buffered views are written (also those
// of requests still in flight when the signal came), workers stop, then Redis and the database
// pools close, and only then does the process exit, even though Next's own signal handler calls
// process.exit as soon as its HTTP server has closed. It exits by the timeout whatever happens.

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

const exited = async (exits: unknown[]) => {
  for (let i = 0; i < 600 && exits.length === 0; i++) await sleep(5);
};

describe("graceful shutdown", () => {
  it("holds Next's exit until views, workers, Redis and the pools are done, in that order", async () => {
    const { buffer, flusher, total } = slowStore(40);
    const { proc, emitter, exits } = fakeProcess(total);
    const order: string[] = [];
    // Next's handler: closes the server (in-flight requests still record), then exits.
    emitter.on("SIGTERM", () => {
      void sleep(10).then(() => {
        buffer.record(1, new Date(), 5); // a beacon that was still in flight
        proc.exit(143);
      });
    });
    const shutdown = createShutdown({ proc });
    // Registered out of order on purpose: the phases decide the order, not registration.
    shutdown.register({ phase: "database", name: "pools", run: async () => void order.push("pools closed") });
    shutdown.register({ phase: "redis", name: "redis", run: async () => void order.push("redis closed") });
    shutdown.register({
      phase: "workers",
      name: "workers",
      onSignal: () => order.push("workers stopping"),
      run: async () => {
        await sleep(30);
        order.push("workers stopped");
      },
    });
    shutdown.register({
      phase: "views",
      name: "views",
      onSignal: () => void flusher.flush(),
      run: async () => {
        await flusher.flush();
        order.push(`views flushed (${total()})`);
      },
    });

    buffer.record(1, new Date(), 100);
    emitter.emit("SIGTERM", "SIGTERM");
    expect(order).toEqual(["workers stopping"]); // at once, while requests still drain
    await exited(exits);
    await sleep(50);

    // Exactly one real exit, with Next's code, once all 105 views were written.
    expect(exits).toEqual([{ code: 143, at: expect.any(Number), written: 105 }]);
    expect(order).toEqual([
      "workers stopping",
      "views flushed (105)",
      "workers stopped",
      "redis closed",
      "pools closed",
    ]);
    expect(buffer.pendingViews).toBe(0);
  });

  it("runs the steps and exits by itself when nothing else handles the signal", async () => {
    const { proc, emitter, exits } = fakeProcess();
    const runs: string[] = [];
    const shutdown = createShutdown({ proc });
    shutdown.register({ phase: "workers", name: "workers", run: async () => void runs.push("workers") });
    emitter.emit("SIGINT", "SIGINT");
    emitter.emit("SIGINT", "SIGINT"); // Ctrl-C reaches the process twice from a shell
    await exited(exits);
    await sleep(50);
    expect(exits.map((e) => e.code)).toEqual([130]);
    expect(runs).toEqual(["workers"]);
  });

  it("goes on with the next step when one fails, and skips the rest once time is up", async () => {
    const { proc, emitter, exits } = fakeProcess();
    const runs: string[] = [];
    const shutdown = createShutdown({ proc, timeoutMs: 300 });
    shutdown.register({ phase: "views", name: "views", run: () => Promise.reject(new Error("db down")) });
    shutdown.register({
      phase: "workers",
      name: "workers",
      run: () => new Promise<void>(() => void runs.push("workers started")), // never stops
    });
    shutdown.register({ phase: "database", name: "pools", run: async () => void runs.push("pools") });
    const started = Date.now();
    emitter.emit("SIGTERM", "SIGTERM");
    await exited(exits);
    expect(exits.map((e) => e.code)).toEqual([143]);
    expect(exits[0]!.at - started).toBeGreaterThanOrEqual(290);
    expect(runs).toEqual(["workers started"]);
  });

  it("exits at the timeout even when Next never finishes draining", async () => {
    const { proc, emitter, exits } = fakeProcess();
    emitter.on("SIGTERM", () => undefined); // Next, stuck behind a request that never ends
    const shutdown = createShutdown({ proc, timeoutMs: 200 });
    let ran = false;
    shutdown.register({ phase: "database", name: "pools", run: async () => void (ran = true) });
    const started = Date.now();
    emitter.emit("SIGTERM", "SIGTERM");
    await exited(exits);
    expect(exits.map((e) => e.code)).toEqual([143]);
    expect(exits[0]!.at - started).toBeGreaterThanOrEqual(190);
    expect(ran).toBe(false); // the exit it was waiting for never came
  });

  it("leaves process.exit alone until a signal arrives", () => {
    const { proc } = fakeProcess();
    const original = proc.exit;
    createShutdown({ proc }).register({ phase: "views", name: "views", run: async () => undefined });
    expect(proc.exit).toBe(original);
  });
});

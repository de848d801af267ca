import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { stopOnSignal, type SignalProcess } from "@/lib/jobs/shutdown";
import { installShutdownFlush, type ShutdownProcess } from "@/lib/views/shutdown";

// On SIGTERM/SIGINT the workers stop before the process exits: alone (npm run worker) they exit
// themselves, under next start they hold Next's exit, chained after the view flush's own hold.

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: { code: unknown; at: number }[] = [];
  const proc = {
    on: (event: string, listener: (signal: "SIGINT" | "SIGTERM") => void) => emitter.on(event, listener),
    listenerCount: (event: string) => emitter.listenerCount(event),
    exit: ((code?: unknown) => {
      exits.push({ code, at: Date.now() });
    }) as SignalProcess["exit"],
  };
  return { proc: proc as SignalProcess, emitter, exits };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await sleep(5);
};

describe("stopOnSignal", () => {
  it("alone, stops the workers and then exits with the signal's code", async () => {
    const { proc, emitter, exits } = fakeProcess();
    let stoppedAt = 0;
    stopOnSignal(
      async () => {
        await sleep(30);
        stoppedAt = Date.now();
      },
      { proc },
    );
    emitter.emit("SIGTERM", "SIGTERM");
    emitter.emit("SIGTERM", "SIGTERM"); // a second delivery changes nothing
    await until(() => exits.length > 0);
    expect(exits).toHaveLength(1);
    expect(exits[0]!.code).toBe(143);
    expect(exits[0]!.at).toBeGreaterThanOrEqual(stoppedAt);
    expect(stoppedAt).toBeGreaterThan(0);
  });

  it("holds Next's exit until the workers have stopped, after the view flush's hold", async () => {
    const { proc, emitter, exits } = fakeProcess();
    const order: string[] = [];
    // Next's handler first (it is registered before instrumentation runs), then ours in the
    // order instrumentation.ts installs them: view flush, then workers.
    emitter.on("SIGTERM", () => void sleep(5).then(() => proc.exit(143)));
    installShutdownFlush({
      proc: proc as unknown as ShutdownProcess,
      flush: async () => {
        await sleep(20);
        order.push("views flushed");
      },
      pending: () => 0,
    });
    stopOnSignal(
      async () => {
        await sleep(60);
        order.push("workers stopped");
      },
      { proc },
    );

    emitter.emit("SIGTERM", "SIGTERM");
    await until(() => exits.length > 0);
    expect(exits.map((exit) => exit.code)).toEqual([143]);
    expect(order).toContain("workers stopped");
    expect(order.at(-1)).toBe("views flushed"); // the final flush ran after the workers' hold
  });

  it("exits after the timeout when the workers do not stop", async () => {
    const { proc, emitter, exits } = fakeProcess();
    const started = Date.now();
    stopOnSignal(() => new Promise<void>(() => {}), { proc, timeoutMs: 1_000 });
    emitter.emit("SIGINT", "SIGINT");
    await until(() => exits.length > 0);
    expect(exits[0]!.code).toBe(130);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });
});

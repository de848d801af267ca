// The page benchmark's output: the machine it ran on and a markdown table per size, with the
// budget checks (budgets.ts) underneath. The same text is printed and written next to the JSON.
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import type { BudgetCheck, SizeResult } from "./budgets";
import type { LoadFigures } from "./load";

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  pinning: string;
}

export function describeMachine(pinning: string): Machine {
  let cpuModel = "unknown";
  try {
    cpuModel =
      /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpuModel;
  } catch {
    // No /proc (macOS): the model stays unknown.
  }
  return {
    cores: availableParallelism(),
    cpuModel,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    pinning,
  };
}

/** The 1-, 5- and 15-minute load averages, rounded: how busy the shared machine was. */
export function loadAverage(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = loadavg().map((value) => Math.round(value * 100) / 100);
  return [one, five, fifteen];
}

export interface SizeReport extends SizeResult {
  publishedArticles: number;
  loadBefore: [number, number, number];
  loadAfter: [number, number, number];
  /** Response headers of each scenario's first path once warm (x-nextjs-cache, Cache-Control). */
  cacheHeaders: Record<string, string>;
  /** Time of each scenario's very first request, before any warm-up. */
  firstRequestMs: Record<string, number>;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  durationSeconds: number;
  connections: number;
  sizes: SizeReport[];
  budgets: BudgetCheck[];
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

function row(name: string, figures: LoadFigures, ceiling: number, extra: string[]): string {
  const ratio = figures.reqPerSec > 0 ? `1/${fixed(ceiling / figures.reqPerSec)}` : "–";
  const errors = `${figures.errors} / ${figures.non2xx}`;
  return `| ${[name, fixed(figures.reqPerSec, 0), fixed(figures.p50), fixed(figures.p95), fixed(figures.p99), errors, ratio, ...extra].join(" | ")} |`;
}

export function renderMarkdown(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `# Page benchmark, ${report.date}`,
    "",
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; ${machine.pinning}.`,
    `Load: autocannon, ${report.connections} connections, ${report.durationSeconds} s per scenario after a warm-up.`,
    "Latencies in ms. Errors = connection errors+timeouts / non-2xx responses. × ceiling = req/s as a share of the bare-Node server's.",
    "",
  ];
  for (const size of report.sizes) {
    lines.push(
      `## ${size.size.toLocaleString("en-US")} articles (${size.publishedArticles.toLocaleString("en-US")} published)`,
      "",
      `Load average (1/5/15 min) before: ${size.loadBefore.join(" / ")}, after: ${size.loadAfter.join(" / ")}.`,
      "",
      "| scenario | req/s | p50 | p95 | p99 | errors | × ceiling | first request | cache |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      row("bare Node ceiling (same article bytes)", size.ceiling, size.ceiling.reqPerSec, ["–", "–"]),
    );
    for (const s of size.scenarios) {
      const first = size.firstRequestMs[s.key];
      lines.push(
        row(s.name, s, size.ceiling.reqPerSec, [
          first === undefined ? "–" : `${fixed(first, 0)} ms`,
          size.cacheHeaders[s.key] ?? "–",
        ]),
      );
    }
    const notes = size.scenarios.filter((s) => s.note || s.wrapped);
    if (notes.length) lines.push("");
    for (const s of notes) {
      const wrapped = s.wrapped
        ? `the ${s.distinctPaths} distinct URLs ran out and were requested again`
        : "";
      lines.push(`- ${s.name}: ${[s.note, wrapped].filter(Boolean).join("; ")}`);
    }
    lines.push("");
  }
  lines.push("## Budgets", "", "| size | scenario | budget | actual | |", "| --- | --- | --- | --- | --- |");
  for (const check of report.budgets) {
    const size = check.size === null ? "all" : check.size.toLocaleString("en-US");
    lines.push(
      `| ${size} | ${check.scenario} | ${check.budget} | ${check.actual} | ${check.ok ? "✓" : "✗"} |`,
    );
  }
  const failed = report.budgets.filter((check) => !check.ok).length;
  lines.push("", failed ? `${failed} budget check(s) missed.` : "Every budget met.", "");
  return lines.join("\n");
}

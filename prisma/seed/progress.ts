// Progress for long seeds: a cli-progress bar on a terminal, plain log lines otherwise
// (dev-server output, CI logs, tests).
import { SingleBar, Presets } from "cli-progress";

export interface Progress {
  start(label: string, total: number): void;
  increment(by: number): void;
  stop(): void;
}

export function createProgress(showBar: boolean, log: (line: string) => void): Progress {
  let bar: SingleBar | null = null;
  let label = "";
  let done = 0;
  let total = 0;
  let lastLogged = 0;
  return {
    start(nextLabel, nextTotal) {
      label = nextLabel;
      total = nextTotal;
      done = 0;
      lastLogged = 0;
      if (showBar) {
        bar = new SingleBar(
          {
            format: `${label.padEnd(22)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
            hideCursor: true,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      } else {
        log(`${label}: 0/${total}`);
      }
    },
    increment(by) {
      done += by;
      if (bar) bar.increment(by);
      // Without a bar, a line per quarter is enough to show the seed is alive.
      else if (total > 0 && done < total && done - lastLogged >= total / 4) {
        lastLogged = done;
        log(`${label}: ${done}/${total}`);
      }
    },
    stop() {
      if (bar) bar.stop();
      else log(`${label}: ${done}/${total}`);
      bar = null;
    },
  };
}

// Video durations as readers expect them ("4:05", "1:02:03") and as machines do (ISO 8601 "PT4M5S").

function parts(totalSeconds: number): [number, number, number] {
  const s = Math.max(0, Math.floor(Number.isFinite(totalSeconds) ? totalSeconds : 0));
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** m:ss under an hour, h:mm:ss from an hour on. */
export function formatDuration(totalSeconds: number): string {
  const [h, m, s] = parts(totalSeconds);
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** ISO 8601 duration for `<time dateTime>` and structured data: "PT1H2M3S", "PT0S". */
export function isoDuration(totalSeconds: number): string {
  const [h, m, s] = parts(totalSeconds);
  const out = `${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}`;
  return `PT${out || "0S"}`;
}

/** "12 minutes 34 seconds": what a screen reader says for the duration badge. */
export function spokenDuration(totalSeconds: number): string {
  const [h, m, s] = parts(totalSeconds);
  const unit = (n: number, word: string) => (n ? [`${n} ${word}${n === 1 ? "" : "s"}`] : []);
  const words = [...unit(h, "hour"), ...unit(m, "minute"), ...unit(s, "second")];
  return words.length ? words.join(" ") : "0 seconds";
}

import { randomInt } from "node:crypto";
import { MARK_START, MARK_STOP } from "@/lib/search/highlight";
import { freshIp } from "../api/public-helpers";

// Search tests share the run's database with every other test file, so each file searches for
// words only it uses: made-up consonant runs, which the English stemmer leaves alone.

const CONSONANTS = "bcdfghjklmnpqrstvwxz";

/** A word no other row contains, e.g. "qzkrtvbx". */
export function nonceWord(): string {
  let word = "qz";
  for (let i = 0; i < 8; i++) word += CONSONANTS[randomInt(CONSONANTS.length)];
  return word;
}

/** The marked words of a ts_headline result, lower-cased ("<<Kafka>> <<Streams>>" → ["kafka", "streams"]). */
export function markedWords(headline: string): string[] {
  const pattern = new RegExp(`${MARK_START}([^${MARK_STOP}]*)${MARK_STOP}`, "g");
  return [...headline.matchAll(pattern)].map((match) => (match[1] ?? "").toLowerCase());
}

/** A request from a client address of its own, so rate limits of other files never interfere. */
export function fromIp(url: string, ip = freshIp(), headers: HeadersInit = {}): Request {
  return new Request(url, { headers: { "x-forwarded-for": ip, ...headers } });
}

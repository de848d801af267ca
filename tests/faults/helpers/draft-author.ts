import { PUT as putDraft } from "@/app/api/v1/drafts/[id]/route";
import { sleep } from "./wait";

// One author's client of the authoring API (/api/v1/drafts/[id], Bearer token), as a script or
// the writing page uses it: it keeps typing (a new paragraph per save), sends the whole text
// with the version it last saw, keeps unsaved text after a failed save and sends it again with
// the next one. Called in-process with real Request objects, so every layer below the HTTP
// server runs: token lookup, rate limit, validation, markdown rendering, the optimistic save.

const ORIGIN = "http://localhost:3000";

export interface Ack {
  /** How many paragraphs the acknowledged text had (paragraph n is "… paragraph n."). */
  paragraphs: number;
  version: number;
  at: number;
}

export interface Failure {
  status: number;
  code?: string;
  retryAfter: string | null;
  at: number;
}

interface DraftJson {
  draft?: { version: number; bodyMarkdown: string };
  current?: { version: number; bodyMarkdown: string };
  code?: string;
  detail?: string;
}

export class DraftAuthor {
  readonly acks: Ack[] = [];
  readonly failures: Failure[] = [];
  /** Answers a client could not act on (500, a 409 about someone else's text…): must stay empty. */
  readonly unexpected: string[] = [];
  /** Saves that committed although their answer was lost; the next save's 409 showed our text. */
  lostAnswers = 0;
  attempted = 0;
  /** The longest any one save took to be answered. */
  slowestMs = 0;
  private paragraphs = 0;

  constructor(
    readonly label: string,
    readonly draftId: number,
    private readonly token: string,
    private version: number,
  ) {}

  /** The whole text the author has typed so far. */
  text(paragraphs = this.paragraphs): string {
    return Array.from({ length: paragraphs }, (_, i) => `${this.label} wrote paragraph ${i + 1}.`).join(
      "\n\n",
    );
  }

  get lastVersion(): number {
    return this.version;
  }

  /** Types one more paragraph and saves everything typed so far. */
  async typeAndSave(): Promise<number> {
    this.paragraphs += 1;
    return this.save();
  }

  /** Sends the current text; returns the status. */
  async save(): Promise<number> {
    this.attempted += 1;
    const paragraphs = this.paragraphs;
    const body = this.text(paragraphs);
    const request = new Request(`${ORIGIN}/api/v1/drafts/${this.draftId}`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ version: this.version, bodyMarkdown: body }),
    });
    let response: Response;
    const started = Date.now();
    try {
      response = await putDraft(request, { params: Promise.resolve({ id: String(this.draftId) }) });
    } catch (error) {
      // Next would answer this with a bare 500.
      this.unexpected.push(`threw: ${error instanceof Error ? error.message : String(error)}`);
      return 500;
    }
    const json = (await response.json().catch(() => ({}))) as DraftJson;
    const at = Date.now();
    this.slowestMs = Math.max(this.slowestMs, at - started);
    if (response.status === 200 && json.draft) {
      if (json.draft.bodyMarkdown !== body)
        this.unexpected.push(`200 with other text at v${json.draft.version}`);
      this.version = json.draft.version;
      this.acks.push({ paragraphs, version: json.draft.version, at });
    } else if (response.status === 409 && json.current && this.isOurs(json.current.bodyMarkdown)) {
      // An earlier save committed but its answer never came (the connection died after COMMIT):
      // the stored text is ours, so carry on from its version.
      this.lostAnswers += 1;
      this.version = json.current.version;
      this.failures.push({ status: 409, code: json.code, retryAfter: null, at });
    } else {
      this.failures.push({
        status: response.status,
        code: json.code,
        retryAfter: response.headers.get("retry-after"),
        at,
      });
      if (response.status !== 503 || json.code !== "unavailable" || !json.detail)
        this.unexpected.push(`${response.status} ${json.code ?? ""} ${json.detail ?? ""}`.trim());
    }
    return response.status;
  }

  /** Keeps typing and saving every `pauseMs` (± jitter) until `stop()` says so. */
  async typeUntil(stop: () => boolean, pauseMs: number): Promise<void> {
    while (!stop()) {
      await this.typeAndSave();
      await sleep(pauseMs + Math.random() * pauseMs * 0.4);
    }
  }

  /** Saves the unsaved rest until it is acknowledged (after the outages are over). */
  async flush(attempts = 20): Promise<void> {
    for (let i = 0; i < attempts; i++) {
      const last = this.acks.at(-1);
      if (last && last.paragraphs === this.paragraphs) return;
      await this.save();
      if (this.acks.at(-1)?.paragraphs !== this.paragraphs) await sleep(500);
    }
  }

  private isOurs(stored: string): boolean {
    for (let n = this.paragraphs; n >= 0; n--) if (this.text(n) === stored) return true;
    return false;
  }
}

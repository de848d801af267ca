// The writing page's calls to the drafts API, each turned into an outcome the form can act on
// without knowing HTTP: saved, field errors, someone saved first (with their version), gone,
// no longer editable, or failed (network, session, server).

import type { DraftDto, DraftValues } from "./draft-types";

export type SaveOutcome =
  | { kind: "saved"; draft: DraftDto }
  | { kind: "invalid"; errors: Record<string, string>; detail: string }
  | { kind: "conflict"; current: DraftDto }
  | { kind: "gone"; detail: string }
  | { kind: "not-editable"; detail: string }
  | { kind: "failed"; detail: string };

interface ProblemJson {
  detail?: string;
  errors?: Record<string, string>;
  current?: DraftDto;
  draft?: DraftDto;
}

const OFFLINE = "Could not reach the server. Your text is kept in this browser.";
const SIGNED_OUT = "Your session has ended. Log in again in another tab; your text is kept in this browser.";

async function send(url: string, method: string, body: unknown): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "failed", detail: OFFLINE };
  }
  const json = (await response.json().catch(() => ({}))) as ProblemJson;
  return outcomeOf(response.status, json);
}

/** Exported for tests: the outcome for a drafts API answer. */
export function outcomeOf(status: number, json: ProblemJson): SaveOutcome {
  if (status >= 200 && status < 300 && json.draft) return { kind: "saved", draft: json.draft };
  if (status === 422) {
    return {
      kind: "invalid",
      errors: json.errors ?? {},
      detail: json.detail ?? "Some fields need attention.",
    };
  }
  if (status === 409 && json.current) return { kind: "conflict", current: json.current };
  if (status === 409) {
    return { kind: "not-editable", detail: json.detail ?? "This draft can no longer be edited here." };
  }
  if (status === 404) {
    return { kind: "gone", detail: "This draft no longer exists. Your text is kept in this browser." };
  }
  if (status === 401) return { kind: "failed", detail: SIGNED_OUT };
  return { kind: "failed", detail: json.detail ?? "The draft could not be saved. Please try again." };
}

export function createDraft(values: DraftValues): Promise<SaveOutcome> {
  return send("/api/drafts", "POST", values);
}

export function saveDraft(id: number, values: DraftValues, version: number): Promise<SaveOutcome> {
  return send(`/api/drafts/${id}`, "PUT", { ...values, version });
}

export function submitDraft(id: number, values: DraftValues, version: number): Promise<SaveOutcome> {
  return send(`/api/drafts/${id}/submit`, "POST", { ...values, version });
}

export type PreviewOutcome =
  { ok: true; html: string; wordCount: number; readingMinutes: number } | { ok: false; message: string };

/** The body rendered by the server's pipeline (the same one that renders on save). */
export async function previewBody(bodyMarkdown: string, signal: AbortSignal): Promise<PreviewOutcome> {
  const response = await fetch("/api/drafts/preview", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ bodyMarkdown }),
    signal,
  });
  const json = (await response.json().catch(() => ({}))) as ProblemJson & {
    html?: string;
    wordCount?: number;
    readingMinutes?: number;
  };
  if (response.ok && typeof json.html === "string") {
    return {
      ok: true,
      html: json.html,
      wordCount: json.wordCount ?? 0,
      readingMinutes: json.readingMinutes ?? 1,
    };
  }
  return {
    ok: false,
    message:
      json.errors?.bodyMarkdown ?? json.detail ?? "The preview could not be rendered. Please try again.",
  };
}

export interface TagSuggestion {
  slug: string;
  name: string;
}

export async function searchTags(query: string, signal: AbortSignal): Promise<TagSuggestion[]> {
  const response = await fetch(`/api/tags?q=${encodeURIComponent(query)}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  if (!response.ok) return [];
  const json = (await response.json().catch(() => ({}))) as { tags?: TagSuggestion[] };
  return (json.tags ?? []).slice(0, 8);
}

export type CoverOutcome = { ok: true; url: string } | { ok: false; message: string };

export async function uploadCover(file: File): Promise<CoverOutcome> {
  const body = new FormData();
  body.set("cover", file);
  try {
    const response = await fetch("/api/uploads/cover", {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
    });
    const json = (await response.json().catch(() => ({}))) as ProblemJson & { url?: string };
    if (response.ok && json.url) return { ok: true, url: json.url };
    return {
      ok: false,
      message: json.errors?.cover ?? json.detail ?? "The cover could not be uploaded. Please try again.",
    };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again." };
  }
}

// The resource form's calls to /api/editor/resources*, each turned into an outcome the form can
// act on without knowing HTTP.

import type { ResourceAuthorDto, ResourceDto, PdfUploadResponse } from "./resource-dto";

export type SaveOutcome =
  | { kind: "saved"; resource: ResourceDto }
  | { kind: "invalid"; errors: Record<string, string>; detail: string }
  | { kind: "conflict"; current: ResourceDto; detail: string }
  | { kind: "failed"; detail: string };

interface ProblemJson {
  detail?: string;
  errors?: Record<string, string>;
  current?: ResourceDto;
  resource?: ResourceDto;
}

const OFFLINE = "Could not reach the server. Nothing was saved; your changes are still in the form.";

/** The body of a create or save (the route's schema checks it again). */
export interface ResourceRequest {
  kind?: ResourceDto["kind"];
  title: string;
  slug: string;
  number: number | string | null;
  summary: string;
  bodyMarkdown: string;
  authorIds: number[];
  zoneIds: number[];
  coverImageUrl: string | null;
  pdfKey: string | null;
  published: boolean;
  updatedAt?: string;
}

/** Exported for tests: the outcome for an answer of the resource routes. */
export function outcomeOf(status: number, json: ProblemJson): SaveOutcome {
  if (status >= 200 && status < 300 && json.resource) return { kind: "saved", resource: json.resource };
  if (status === 422) {
    return {
      kind: "invalid",
      errors: json.errors ?? {},
      detail: json.detail ?? "Some fields need attention.",
    };
  }
  if (status === 409 && json.current) {
    return { kind: "conflict", current: json.current, detail: json.detail ?? "Someone else saved it first." };
  }
  if (status === 401)
    return { kind: "failed", detail: "Your session has ended. Log in again in another tab, then save." };
  if (status === 404) return { kind: "failed", detail: "This resource no longer exists." };
  return { kind: "failed", detail: json.detail ?? "The resource could not be saved. Please try again." };
}

/** Creates (id null) or saves a resource. */
export async function saveResource(id: number | null, body: ResourceRequest): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(id === null ? "/api/editor/resources" : `/api/editor/resources/${id}`, {
      method: id === null ? "POST" : "PUT",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "failed", detail: OFFLINE };
  }
  return outcomeOf(response.status, (await response.json().catch(() => ({}))) as ProblemJson);
}

export type PdfOutcome = { ok: true; upload: PdfUploadResponse } | { ok: false; message: string };

export async function uploadPdf(file: File): Promise<PdfOutcome> {
  const body = new FormData();
  body.set("pdf", file);
  try {
    const response = await fetch("/api/editor/resources/pdf", {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
    });
    const json = (await response.json().catch(() => ({}))) as ProblemJson & Partial<PdfUploadResponse>;
    if (response.ok && json.key && json.size !== undefined) {
      return { ok: true, upload: { key: json.key, size: json.size, name: json.name ?? file.name } };
    }
    return {
      ok: false,
      message: json.errors?.pdf ?? json.detail ?? "The PDF could not be uploaded. Please try again.",
    };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again." };
  }
}

/** Active members whose name or username contains `query`, for the author picker. */
export async function searchAuthors(query: string, signal: AbortSignal): Promise<ResourceAuthorDto[]> {
  const response = await fetch(`/api/editor/resources/authors?q=${encodeURIComponent(query)}`, {
    headers: { Accept: "application/json" },
    signal,
  });
  if (!response.ok) return [];
  const json = (await response.json().catch(() => ({}))) as { members?: ResourceAuthorDto[] };
  return json.members ?? [];
}

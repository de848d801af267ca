"use client";

import { useState } from "react";

// The state of one site-management form (category, zone, event, video, content page): the
// values as typed, the server's field errors, and the version the next save names. Nothing the
// admin typed is replaced by an answer: errors and conflicts leave the values alone, and a save
// only shows the server's saved form when nothing was typed while it was on its way.

export type FieldValue = string | boolean;

interface ProblemBody {
  detail?: string;
  code?: string;
  errors?: Record<string, string>;
  current?: unknown;
}

export type SendResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      detail: string;
      code?: string;
      errors: Record<string, string>;
      current?: unknown;
    };

/** One JSON request to a site-management route, with the problem document read on failure. */
export async function sendJson<T>(url: string, method: string, body?: unknown): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      status: 0,
      detail: "Could not reach the server. Check your connection and try again; nothing was lost.",
      errors: {},
    };
  }
  const json = (await response.json().catch(() => ({}))) as ProblemBody & T;
  if (response.ok) return { ok: true, data: json };
  return {
    ok: false,
    status: response.status,
    detail: json.detail ?? "Something went wrong. Please try again.",
    code: json.code,
    errors: json.errors ?? {},
    current: json.current,
  };
}

export interface Saved {
  id: number;
  updatedAt: string;
}

export interface AdminFormOptions<V extends { [K in keyof V]: FieldValue }, D extends V & Saved> {
  /** The values the form starts with (the stored entity, or the defaults of a new one). */
  initial: V;
  /** The stored entity being edited; null on a "new" page. */
  saved: D | null;
  /** "/api/editor/events": POST here to create, PATCH `${endpoint}/${id}` to update. */
  endpoint: string;
  /** The JSON member the route answers with ("event"). */
  noun: string;
  /** The form's element id, to move focus to the first field in error. */
  formId: string;
  /** Field order, for that focus. */
  fields: readonly (keyof V & string)[];
  /** Picks the form's values out of a saved entity. */
  valuesOf: (dto: D) => V;
  /** After a creation (usually: go to the new entity's edit page). */
  onCreated: (dto: D) => void;
  /** The message after an update, given the entity before and after. */
  savedMessage?: (before: D, after: D) => string;
  /** A message to start with (e.g. "Created." on the page a creation lands on). */
  initialStatus?: string | null;
}

export function useAdminForm<V extends { [K in keyof V]: FieldValue }, D extends V & Saved>(
  options: AdminFormOptions<V, D>,
) {
  const [values, setValues] = useState<V>(options.initial);
  const [saved, setSaved] = useState<D | null>(options.saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(options.initialStatus ?? null);
  const [pending, setPending] = useState(false);
  /** What is stored now, when someone else saved after this form loaded. */
  const [conflict, setConflict] = useState<D | null>(null);

  const set = <K extends keyof V & string>(field: K, value: V[K]) =>
    setValues((v) => ({ ...v, [field]: value }));

  /** name, value, error and onChange for a text input or textarea. */
  const bind = (field: keyof V & string) => ({
    name: field,
    value: String(values[field]),
    error: errors[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(field, e.target.value as V[typeof field]),
  });

  async function save(base: D | null = saved) {
    setPending(true);
    setStatus(null);
    const sent = values;
    const result = await sendJson<Record<string, D>>(
      base ? `${options.endpoint}/${base.id}` : options.endpoint,
      base ? "PATCH" : "POST",
      base ? { ...sent, updatedAt: base.updatedAt } : sent,
    );
    if (result.ok) {
      const dto = result.data[options.noun]!;
      setErrors({});
      setAlert(null);
      setConflict(null);
      if (!base) {
        // Stays pending while the edit page loads, so a second click cannot create it twice.
        options.onCreated(dto);
        return;
      }
      setPending(false);
      setSaved(dto);
      setValues((current) => (current === sent ? options.valuesOf(dto) : current));
      setStatus(options.savedMessage?.(base, dto) ?? "Saved. Readers see the change on their next visit.");
      return;
    }
    setPending(false);
    if (result.code === "conflict" && result.current) {
      setConflict(result.current as D);
      setAlert(null);
      return;
    }
    setErrors(result.errors);
    const bad = options.fields.filter((f) => result.errors[f]);
    setAlert(
      bad.length > 0
        ? `Please correct ${bad.length === 1 ? "the field" : "the fields"} below.`
        : result.detail,
    );
    const first = bad[0];
    if (first) document.querySelector<HTMLElement>(`#${options.formId} [name="${first}"]`)?.focus();
  }

  return {
    values,
    setValues,
    set,
    bind,
    errors,
    alert,
    status,
    pending,
    saved,
    conflict,
    onSubmit(event: React.FormEvent<HTMLFormElement>) {
      event.preventDefault();
      void save();
    },
    /** Replace what was typed with the version someone else saved. */
    loadTheirs() {
      if (!conflict) return;
      setSaved(conflict);
      setValues(options.valuesOf(conflict));
      setConflict(null);
      setErrors({});
      setStatus("Loaded the version saved by someone else.");
    },
    /** Save what was typed over the version someone else saved (after seeing it). */
    keepMine() {
      if (!conflict) return;
      setSaved(conflict);
      void save(conflict);
    },
  };
}

export type AdminFormState<V extends { [K in keyof V]: FieldValue }, D extends V & Saved> = ReturnType<
  typeof useAdminForm<V, D>
>;

/** The form's fields out of a saved entity (which also carries id, updatedAt…). */
export function pickValues<V>(source: V, fields: readonly (keyof V)[]): V {
  const values = {} as V;
  for (const field of fields) values[field] = source[field];
  return values;
}

// How the account forms talk to their route handlers: JSON in, a problem document with field
// errors (or a redirect target) out.

export interface FormProblem {
  status: number;
  detail: string;
  errors: Record<string, string>;
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; problem: FormProblem };

export async function submitJson<T>(url: string, body: unknown, method = "POST"): Promise<FormResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      problem: {
        status: 0,
        detail: "Could not reach the server. Check your connection and try again.",
        errors: {},
      },
    };
  }
  const json = (await response.json().catch(() => ({}))) as {
    detail?: string;
    errors?: Record<string, string>;
  } & T;
  if (response.ok) return { ok: true, data: json };
  return {
    ok: false,
    problem: {
      status: response.status,
      detail: json.detail ?? "Something went wrong. Please try again.",
      errors: json.errors ?? {},
    },
  };
}

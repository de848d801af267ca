import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/test/fail/route";

function get(): Promise<Response> {
  return GET(
    new Request("http://127.0.0.1/api/test/fail", { headers: { "x-request-id": "req-fault-0001" } }),
  );
}

describe("GET /api/test/fail", () => {
  afterEach(() => {
    delete process.env.ZP_FAULT_INJECTION;
  });

  it("does not exist unless fault injection is switched on", async () => {
    delete process.env.ZP_FAULT_INJECTION;
    const response = await get();
    expect(response.status).toBe(404);
  });

  it("answers a friendly 500 problem with the request id and none of the error", async () => {
    process.env.ZP_FAULT_INJECTION = "1";
    const response = await get();
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const text = await response.text();
    expect(text).not.toMatch(/ZP-FAULT-MARKER|SELECT|passwordHash|\bat \S+ \(/);
    expect(JSON.parse(text)).toMatchObject({
      status: 500,
      title: "Something went wrong",
      code: "internal-error",
      detail: expect.stringContaining("req-fault-0001") as unknown,
    });
  });
});

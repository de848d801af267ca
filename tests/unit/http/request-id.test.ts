import { describe, expect, it } from "vitest";
import { requestIdFrom } from "@/lib/http/request-id";

describe("requestIdFrom", () => {
  it("keeps a load balancer's safe id", () => {
    expect(requestIdFrom("lb-3f2a9c7d-0001")).toBe("lb-3f2a9c7d-0001");
  });

  it("replaces a missing, short, overlong or unsafe id with a fresh UUID", () => {
    for (const incoming of [
      null,
      "",
      "abc",
      "x".repeat(129),
      "id\r\nSet-Cookie: a=b",
      "<script>1234</script>",
    ]) {
      expect(requestIdFrom(incoming)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
  });
});

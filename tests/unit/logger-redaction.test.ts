import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, log: createLogger(stream, { level: "info" }) };
}

describe("logger", () => {
  it("keeps request and user ids while dropping passwords, tokens, cookies and email addresses", () => {
    const { lines, log } = capture();
    const request = log.child({ requestId: "req-7f3a9c21", userId: "user_42" });
    request.info(
      {
        event: "auth.login",
        email: "ada@example.com",
        password: "hunter2-secret",
        token: "zp_abcdefghijklmnop",
        req: { headers: { cookie: "authjs.session-token=s3ss10n", authorization: "Bearer abc.def.ghi" } },
      },
      "login by ada@example.com with Bearer abc.def.ghi",
    );
    request.error({ err: new Error("no user grace@example.org (token zp_qrstuvwxyz123456)") }, "failed");

    const text = lines.join("\n");
    for (const secret of [
      "ada@example.com",
      "grace@example.org",
      "hunter2",
      "zp_abcdefgh",
      "zp_qrstu",
      "s3ss10n",
      "abc.def.ghi",
    ]) {
      expect(text).not.toContain(secret);
    }
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ requestId: "req-7f3a9c21", userId: "user_42", event: "auth.login" });
    expect(first?.msg).toBe("login by [email] with Bearer [redacted]");
    expect(second).toMatchObject({ requestId: "req-7f3a9c21", userId: "user_42" });
    expect((second?.err as { message: string }).message).toBe("no user [email] (token zp_[redacted])");
  });
});

import { describe, expect, it } from "vitest";
import { describeDeliveryError, messageIdFor, retryDelaySeconds } from "@/lib/email/delivery";

describe("retryDelaySeconds", () => {
  it("doubles from 30 s and stops growing at an hour", () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480, 960]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });
});

describe("describeDeliveryError", () => {
  it("keeps the SMTP code, command and answer on one line", () => {
    const error = Object.assign(new Error("Message failed"), {
      code: "EMESSAGE",
      responseCode: 451,
      command: "DATA",
      response: "451 4.3.0 Try again\n later",
    });
    expect(describeDeliveryError(error)).toBe("451 (DATA) 451 4.3.0 Try again later");
  });

  it("never shows the credentials of a connection URL, and stays short", () => {
    const error = new Error("connect ECONNREFUSED smtp://mailer:s3cret@mail.example.com:587");
    expect(describeDeliveryError(error)).toBe("connect ECONNREFUSED smtp://***@mail.example.com:587");
    expect(describeDeliveryError(new Error("x".repeat(2_000)))).toHaveLength(500);
  });
});

describe("messageIdFor", () => {
  it("is stable for a row and uses the sender's domain", () => {
    const row = { id: 42, createdAt: new Date("2026-12-01T10:00:00Z") };
    const id = messageIdFor(row, "Zonepress <no-reply@news.example.com>");
    expect(id).toBe(messageIdFor(row, "Zonepress <no-reply@news.example.com>"));
    expect(id).toMatch(/^<outbox-42-[0-9a-z]+@news\.example\.com>$/);
    expect(messageIdFor({ ...row, id: 43 }, "no-reply@news.example.com")).not.toBe(id);
  });
});

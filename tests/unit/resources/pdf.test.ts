import { describe, expect, it } from "vitest";
import { checkPdf, PDF_MAX_BYTES } from "@/lib/uploads/pdf";
import { buildPdf } from "@/prisma/seed/resource-pdf";
import { solidPng } from "@/tests/fixtures/images/make";

// PDF uploads are judged by their content: what the file is, how it starts and how it ends.

const pdf = () => buildPdf({ title: "Kafka Essentials", lines: ["Core concepts (and more) \\ commands"] });

async function refusal(bytes: Uint8Array): Promise<string> {
  const result = await checkPdf(bytes);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
}

describe("checkPdf", () => {
  it("accepts a real PDF", async () => {
    const bytes = pdf();
    expect(bytes.subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    expect(await checkPdf(bytes)).toEqual({ ok: true });
    // Incremental updates and writers that end with a blank line are fine too.
    expect(await checkPdf(Buffer.concat([bytes, Buffer.from("\r\n\n")]))).toEqual({ ok: true });
  });

  it("refuses a PNG renamed .pdf, naming what it is", async () => {
    expect(await refusal(await solidPng())).toMatch(/not a PDF \(it looks like a PNG file\)/);
    expect(await refusal(Buffer.from("Just some text, not a document"))).toMatch(/not a PDF/);
  });

  it("refuses files over 20 MB with a message naming the limit", async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(PDF_MAX_BYTES)]);
    expect(await refusal(big)).toMatch(/larger than 20 MB/);
    expect(PDF_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("refuses a truncated or damaged PDF", async () => {
    const bytes = pdf();
    for (const cut of [bytes.length - 10, bytes.length - 40, Math.floor(bytes.length / 2), 20]) {
      expect(await refusal(bytes.subarray(0, cut)), `cut at ${cut}`).toMatch(/incomplete or damaged/);
    }
    // An end that points outside the file, or at something that is not a cross-reference table.
    const text = bytes.toString("latin1");
    const outside = text.replace(/startxref\n\d+/, "startxref\n999999");
    const elsewhere = text.replace(/startxref\n\d+/, "startxref\n20");
    expect(await refusal(Buffer.from(outside, "latin1"))).toMatch(/incomplete or damaged/);
    expect(await refusal(Buffer.from(elsewhere, "latin1"))).toMatch(/incomplete or damaged/);
  });

  it("refuses a file that only starts with the magic bytes", async () => {
    expect(await refusal(Buffer.from(`%PDF${pdf().toString("latin1").slice(8)}`, "latin1"))).toMatch(
      /does not start like a PDF/,
    );
    expect(await refusal(new Uint8Array())).toMatch(/Choose a PDF file/);
  });
});

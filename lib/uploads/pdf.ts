import "server-only";
import { fileTypeFromBuffer } from "file-type";

// Refcard and Trend Report PDFs. Editors upload them, members download them, so what is stored
// must really be a PDF, judged by its content: the detected file type (file-type reads the
// magic bytes, whatever the file name or the browser's declared type say), the "%PDF-x.y"
// header at the start, and a complete end ("startxref <offset> %%EOF" pointing at a
// cross-reference section inside the file), which a truncated upload or a damaged export lacks.
// PDFs are not re-encoded: they are stored as sent and only ever served as attachments.

export const PDF_MAX_BYTES = 20 * 1024 * 1024;
export const PDF_RULES = "Upload a PDF of at most 20 MB.";
export const PDF_TOO_LARGE = `This file is larger than 20 MB. ${PDF_RULES}`;

export type PdfCheck = { ok: true } | { ok: false; message: string };

const HEADER = /^%PDF-[12]\.\d/;
/** How far from the end the trailer is looked for; writers put little after %%EOF. */
const TAIL_BYTES = 2048;
/** The last "startxref", its offset and the end marker, then at most whitespace. */
const TRAILER = /startxref\s+(\d{1,10})\s+%%EOF[\s\0]*$/;
/** A classic cross-reference table ("xref") or a cross-reference stream object ("12 0 obj"). */
const XREF_START = /^(xref|\d+\s+\d+\s+obj)\b/;

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString("latin1");
}

const DAMAGED = `This PDF is incomplete or damaged (its end is missing or broken). Export it again and upload the new file. ${PDF_RULES}`;

/** Whether `bytes` may be stored as a resource's PDF, with a message for the PDF field if not. */
export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: `Choose a PDF file to upload. ${PDF_RULES}` };
  if (bytes.byteLength > PDF_MAX_BYTES) return { ok: false, message: PDF_TOO_LARGE };

  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime !== "application/pdf") {
    const seen = type ? ` (it looks like a ${type.ext.toUpperCase()} file)` : "";
    return { ok: false, message: `This file is not a PDF${seen}. ${PDF_RULES}` };
  }
  if (!HEADER.test(latin1(bytes, 0, 16))) {
    return { ok: false, message: `This file does not start like a PDF does. ${PDF_RULES}` };
  }

  const tailStart = Math.max(0, bytes.byteLength - TAIL_BYTES);
  const trailer = TRAILER.exec(latin1(bytes, tailStart, bytes.byteLength));
  const offset = trailer ? Number(trailer[1]) : NaN;
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= bytes.byteLength) {
    return { ok: false, message: DAMAGED };
  }
  if (!XREF_START.test(latin1(bytes, offset, Math.min(bytes.byteLength, offset + 32)))) {
    return { ok: false, message: DAMAGED };
  }
  return { ok: true };
}

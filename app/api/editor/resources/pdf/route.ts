import type { PdfUploadResponse } from "@/components/resource-admin/resource-dto";
import { recordPdfUpload } from "@/lib/db/resource-admin";
import { problem } from "@/lib/http/problem";
import { newUploadKey } from "@/lib/uploads/keys";
import { readUploadedFile } from "@/lib/uploads/multipart";
import { checkPdf, PDF_MAX_BYTES, PDF_RULES, PDF_TOO_LARGE } from "@/lib/uploads/pdf";
import { uploadStorage } from "@/lib/uploads/storage";
import { editor, PRIVATE } from "../_lib/respond";

// POST /api/editor/resources/pdf (multipart/form-data, field "pdf"): the PDF of a Refcard or
// Trend Report, checked by its content (lib/uploads/pdf.ts) and stored under a random key that
// no public URL serves. The answer's key goes into the form and is attached by the next save.
// Problems come back on the "pdf" field.

/** The 20 MB file plus its multipart framing. */
const PDF_REQUEST_MAX_BYTES = PDF_MAX_BYTES + 512 * 1024;

function pdfProblem(status: 413 | 422, message: string): Response {
  return problem({
    status,
    title: status === 413 ? "Too large" : "Not a PDF",
    detail: message,
    code: status === 413 ? "too-large" : "invalid-pdf",
    errors: { pdf: message },
  });
}

export async function POST(request: Request): Promise<Response> {
  const caller = await editor(request, { changes: true });
  if (!caller.ok) return caller.response;
  const file = await readUploadedFile(request, "pdf", PDF_REQUEST_MAX_BYTES, {
    tooLarge: PDF_TOO_LARGE,
    missing: `Choose a PDF file to upload. ${PDF_RULES}`,
  });
  if (!file.ok) return pdfProblem(file.status, file.message);
  const checked = await checkPdf(file.bytes);
  if (!checked.ok) return pdfProblem(file.bytes.byteLength > PDF_MAX_BYTES ? 413 : 422, checked.message);

  const key = newUploadKey("resources", "pdf");
  const storage = uploadStorage();
  await storage.put(key, file.bytes, "application/pdf");
  try {
    await recordPdfUpload(caller.user.id, { key, size: file.bytes.byteLength });
  } catch (error) {
    // No row, no way to attach it: do not leave the file behind.
    await storage.delete(key).catch(() => {});
    throw error;
  }
  const body: PdfUploadResponse = { key, size: file.bytes.byteLength, name: file.name.slice(0, 200) };
  return Response.json(body, { status: 201, headers: PRIVATE });
}

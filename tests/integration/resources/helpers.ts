import { recordPdfUpload } from "@/lib/db/resource-admin";
import type { ResourceFields } from "@/lib/resources/input";
import { newUploadKey } from "@/lib/uploads/keys";
import { uploadStorage } from "@/lib/uploads/storage";
import { buildPdf } from "@/prisma/seed/resource-pdf";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createUser } from "@/tests/factories/users";
import { createZone } from "@/tests/factories/zones";

// Shared by the resource tests: an editor, an uploaded PDF, and the fields of a valid form.
// Files go to the UPLOAD_DIR the test file set before anything read the environment.

export async function createEditor() {
  return createUser({ role: "EDITOR" });
}

/** A real PDF in storage with its Upload row, as POST /api/editor/resources/pdf leaves it. */
export async function uploadedPdf(
  ownerId: number,
  title = "A test card",
): Promise<{ key: string; bytes: Buffer }> {
  const bytes = buildPdf({ title, lines: [`Uploaded for a test (${uniqueSuffix()}).`] });
  const key = newUploadKey("resources", "pdf");
  await uploadStorage().put(key, bytes, "application/pdf");
  await recordPdfUpload(ownerId, { key, size: bytes.byteLength });
  return { key, bytes };
}

/** Valid fields with one new author and one new zone unless given; a draft without a PDF. */
export async function resourceFields(overrides: Partial<ResourceFields> = {}): Promise<ResourceFields> {
  const n = uniqueSuffix();
  return {
    title: `Test Refcard ${n}`,
    slug: "",
    number: null,
    summary: "A compact reference for tests.",
    bodyMarkdown: "## Section 1\n\nWhat the card covers, with `code`.",
    authorIds: overrides.authorIds ?? [(await createUser()).id],
    zoneIds: overrides.zoneIds ?? [(await createZone()).id],
    coverImageUrl: null,
    pdfKey: null,
    published: false,
    ...overrides,
  };
}

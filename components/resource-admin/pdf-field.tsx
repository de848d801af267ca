"use client";

import { formatFileSize } from "@/components/resource/file-size";
import { UploadField } from "@/components/ui/upload-field";
import { uploadPdf } from "./resource-api";

const RULES = "A PDF of at most 20 MB. Members download it; it is never shown at a public address.";

export interface AttachedPdf {
  key: string;
  size: number | null;
  /** The uploaded file's name, when it was uploaded in this form. */
  name: string | null;
}

/**
 * The resource's PDF: choosing a file uploads it at once (the server checks that it really is a
 * whole PDF) and the form keeps the returned key until it is saved.
 */
export function PdfField({
  file,
  onChange,
  error,
}: {
  file: AttachedPdf | null;
  onChange: (file: AttachedPdf | null) => void;
  error?: string;
}) {
  const size = file?.size ? ` (${formatFileSize(file.size)})` : "";
  return (
    <UploadField
      label="PDF"
      name="pdf"
      field="pdfKey"
      accept="application/pdf,.pdf"
      current={
        <p className="text-ink-soft mt-1 text-sm">
          {file ? `Attached: ${file.name ?? "the current PDF"}${size}` : "No PDF attached yet."}
        </p>
      }
      hasFile={file !== null}
      removeLabel="Remove PDF"
      onRemove={() => onChange(null)}
      upload={async (chosen) => {
        const outcome = await uploadPdf(chosen);
        if (!outcome.ok) return outcome.message;
        onChange({ key: outcome.upload.key, size: outcome.upload.size, name: outcome.upload.name });
        return null;
      }}
      // The server's limit (lib/uploads/pdf.ts PDF_MAX_BYTES), checked here first.
      maxBytes={20 * 1024 * 1024}
      tooLarge="This file is larger than 20 MB. Upload a PDF of at most 20 MB."
      pendingText="Uploading and checking the PDF…"
      error={error}
      hint={RULES}
    />
  );
}

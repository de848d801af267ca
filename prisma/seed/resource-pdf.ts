import { createHash } from "node:crypto";

// A small, valid one-page PDF written by our own code: the demo Refcards and Trend Reports get
// a real file to download, and tests and e2e specs upload the same kind of file. Standard fonts
// (Helvetica, no embedding), one content stream, a classic cross-reference table with exact
// byte offsets and a trailer, so any PDF reader opens it and lib/uploads/pdf.ts accepts it.

export interface PdfText {
  title: string;
  /** Lines under the title; long lines are wrapped. */
  lines: string[];
}

const PAGE_WIDTH = 612; // US Letter, in points
const PAGE_HEIGHT = 792;
const MARGIN = 56;
const WRAP_AT = 88;
const MAX_LINES = 44;

/** Standard-font text is Latin-1; everything else becomes "?", and ( ) \ are escaped. */
function pdfString(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, "?");
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function wrap(line: string): string[] {
  const words = line.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    if (current && current.length + word.length + 1 > WRAP_AT) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  out.push(current);
  return out;
}

function contentStream({ title, lines }: PdfText): string {
  const body = lines.flatMap(wrap).slice(0, MAX_LINES);
  const top = PAGE_HEIGHT - MARGIN;
  return [
    "BT",
    `/F1 20 Tf ${MARGIN} ${top} Td ${pdfString(title)} Tj`,
    "/F2 11 Tf 0 -32 Td 15 TL",
    ...body.map((line) => `${pdfString(line)} '`),
    "ET",
  ].join("\n");
}

/** The bytes of a one-page PDF showing `text`. Deterministic: the same text gives the same file. */
export function buildPdf(text: PdfText): Buffer {
  const stream = contentStream(text);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${pdfString(text.title)} /Producer (Zonepress) >>`,
  ];
  // A binary comment after the header tells transfer tools the file is not text.
  let pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(pdf, "latin1");
  // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, CR LF.
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n\r\n`);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n${entries.join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/**
 * The storage key of a seeded PDF, from its bytes: seeding the same content again writes the
 * same file instead of piling up copies. It is never a URL: PDFs are only sent through signed
 * download links, whatever their key.
 */
export function seedPdfKey(pdf: Buffer): string {
  return `resources/seed-${createHash("sha256").update(pdf).digest("hex").slice(0, 32)}.pdf`;
}

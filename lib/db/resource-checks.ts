import "server-only";
import { resourceBasePath } from "@/lib/resources/paths";
import { isResourceFileKey, uploadKeyFromUrl } from "@/lib/uploads/keys";
import type { db } from "./client";
import type { Prisma } from "./generated/client";
import { nextRefcardNumber, type ResourceForEdit } from "./resource-admin";
import type { ResourceKind } from "./resources";
import type { ResourceContent } from "./resource-writes";

// The checks a resource write makes inside its transaction, before writing anything: what the
// form cannot know (who is still a member, which slugs, numbers and files are taken), each
// answered in the editor's words on the field it concerns.

export type Tx = Prisma.TransactionClient | typeof db;

const PDF_AGAIN = "Upload the PDF again: this file is not one of the uploaded PDFs.";

/** Why `content` cannot be stored for a resource of `kind` (`current` when it exists already). */
export async function contentProblems(
  tx: Tx,
  kind: ResourceKind,
  content: ResourceContent,
  current: ResourceForEdit | null,
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const other = current ? { NOT: { id: current.id } } : {};

  const authors = await tx.user.count({ where: { id: { in: content.authorIds }, suspendedAt: null } });
  if (authors !== content.authorIds.length) {
    errors.authorIds = "One of the authors is no longer an active member; remove them and pick again.";
  }
  const zones = await tx.zone.count({ where: { id: { in: content.zoneIds } } });
  if (zones !== content.zoneIds.length) errors.zoneIds = "One of the zones no longer exists; choose again.";

  const sameSlug = await tx.resource.findFirst({
    where: { slug: content.slug, ...other },
    select: { title: true },
  });
  const path = `${resourceBasePath(kind)}/${content.slug}`;
  const redirect = await tx.redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  const ownOldPath = current ? `${resourceBasePath(kind)}/${current.slug}` : null;
  if (sameSlug) {
    errors.slug = `“${sameSlug.title}” already uses this slug; choose another.`;
  } else if (redirect && redirect.toPath !== ownOldPath) {
    errors.slug = "This address still leads readers to another page (it was an older slug); choose another.";
  }

  if (kind === "REFCARD" && content.number !== null && content.number !== current?.number) {
    const taken = await tx.resource.findFirst({
      where: { kind: "REFCARD", number: content.number, ...other },
      select: { title: true },
    });
    if (taken) {
      errors.number = `Refcard #${content.number} is “${taken.title}”. Choose another number, or leave it blank for the next free one (#${await nextRefcardNumber(tx)}).`;
    }
  }

  if (content.pdfKey && content.pdfKey !== current?.file?.key) {
    const upload = isResourceFileKey(content.pdfKey)
      ? await tx.upload.findUnique({ where: { key: content.pdfKey }, select: { mimeType: true } })
      : null;
    const owner = await tx.resource.findFirst({
      where: { fileUrl: content.pdfKey, ...other },
      select: { title: true },
    });
    if (upload?.mimeType !== "application/pdf") errors.pdfKey = PDF_AGAIN;
    else if (owner)
      errors.pdfKey = `This PDF belongs to “${owner.title}”; upload the file again for this one.`;
  }
  if (content.published && !content.pdfKey) {
    errors.pdfKey ??= "Upload the PDF before publishing: members download it from the page.";
  }

  if (content.coverImageUrl && content.coverImageUrl !== current?.coverImageUrl) {
    const key = uploadKeyFromUrl(content.coverImageUrl);
    const upload = key?.startsWith("covers/")
      ? await tx.upload.findUnique({ where: { key }, select: { mimeType: true } })
      : null;
    if (!upload?.mimeType.startsWith("image/")) errors.coverImageUrl = "Upload the cover image again.";
  }
  return errors;
}

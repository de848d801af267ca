import type { ResourceForEdit } from "@/lib/db/resource-admin";
import { resourceHref } from "@/lib/resources/paths";

// A Refcard or Trend Report as the editor's form (a client component) and the
// /api/editor/resources routes' JSON see it.

export type { ResourceAuthorOption as ResourceAuthorDto } from "@/lib/db/resource-admin";

export interface ResourceDto extends Omit<ResourceForEdit, "publishedAt" | "updatedAt"> {
  publishedAt: string | null;
  updatedAt: string;
  /** Where readers find it (once published). */
  path: string;
}

export function toResourceDto(resource: ResourceForEdit): ResourceDto {
  return {
    ...resource,
    publishedAt: resource.publishedAt?.toISOString() ?? null,
    updatedAt: resource.updatedAt.toISOString(),
    path: resourceHref(resource),
  };
}

/** What POST /api/editor/resources and PUT /api/editor/resources/[id] answer on success. */
export interface ResourceSaveResponse {
  resource: ResourceDto;
}

/** What PUT answers with 409: the version someone else saved since the form loaded. */
export interface ResourceConflictResponse {
  detail: string;
  current: ResourceDto;
}

/** What POST /api/editor/resources/pdf answers: the key to save with the form. */
export interface PdfUploadResponse {
  key: string;
  size: number;
  name: string;
}

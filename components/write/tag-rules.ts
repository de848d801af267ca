import { DRAFT_LIMITS } from "./draft-types";

const { maxTags, tagMinLength, tagMaxLength } = DRAFT_LIMITS;

/** A tag as typed, tidied: trimmed, inner whitespace collapsed. */
export function cleanTag(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

/** Why `tag` cannot be added to `tags`, or null. */
export function tagProblem(tag: string, tags: string[]): string | null {
  if (tags.length >= maxTags) return `An article has at most ${maxTags} tags.`;
  if (tag.length < tagMinLength || tag.length > tagMaxLength) {
    return `A tag has ${tagMinLength} to ${tagMaxLength} characters.`;
  }
  // Tags are linked by their slug; one without a letter or digit ("!!") would have none.
  if (!/[\p{L}\p{N}]/u.test(tag)) return "A tag needs a letter or a digit.";
  return null;
}

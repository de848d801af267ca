import "server-only";
import { db } from "./client";

export interface SiteSettings {
  contactAddress: string;
  contactEmail: string;
  social: { twitter?: string; github?: string; linkedin?: string };
}

/** Admin-editable site settings with safe fallbacks when a key was never set. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const rows = await db.setting.findMany({ select: { key: true, value: true } });
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return {
    contactAddress: map.get("contact.address") ?? "",
    contactEmail: map.get("contact.email") ?? "",
    social: {
      twitter: map.get("social.twitter"),
      github: map.get("social.github"),
      linkedin: map.get("social.linkedin"),
    },
  };
}

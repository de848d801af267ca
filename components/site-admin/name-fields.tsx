import { TextField } from "@/components/auth/text-field";
import { TextAreaField } from "@/components/settings/text-area-field";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { slugHint } from "./slug-hint";

type Bind = (field: "name" | "slug" | "description") => {
  name: string;
  value: string;
  error?: string;
  onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
};

/** Name, slug and description: the fields categories and zones share. */
export function NameSlugFields({
  bind,
  base,
  savedSlug,
}: {
  bind: Bind;
  /** "/categories" or "/zones". */
  base: string;
  savedSlug: string | null;
}) {
  const slug = bind("slug");
  const description = bind("description");
  return (
    <>
      <TextField label="Name" required maxLength={SITE_LIMITS.nameMax} {...bind("name")} />
      <TextField
        label="Slug"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={SITE_LIMITS.slugMax}
        hint={slugHint(base, slug.value, savedSlug, "name")}
        {...slug}
      />
      <TextAreaField
        label="Description"
        rows={3}
        maxLength={SITE_LIMITS.descriptionMax}
        hint="Shown under the name on its page and in the zone directory."
        {...description}
      />
    </>
  );
}

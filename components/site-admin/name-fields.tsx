import { TextField } from "@/components/auth/text-field";
import { TextAreaField } from "@/components/settings/text-area-field";
import { SITE_LIMITS } from "@/lib/site-admin/limits";
import { SlugField } from "./admin-form";

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
  return (
    <>
      <TextField label="Name" required maxLength={SITE_LIMITS.nameMax} {...bind("name")} />
      <SlugField base={base} from="name" savedSlug={savedSlug} {...bind("slug")} />
      <TextAreaField
        label="Description"
        rows={3}
        maxLength={SITE_LIMITS.descriptionMax}
        hint="Shown under the name on its page and in the zone directory."
        {...bind("description")}
      />
    </>
  );
}

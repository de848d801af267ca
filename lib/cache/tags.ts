// Named cache tags (DESIGN.md §5). Reads tag their cached results with these; every write
// that changes what a reader sees calls revalidateTag with the same names.
export const TAGS = {
  home: "home",
  categories: "categories",
  members: "members",
  settings: "settings",
  articles: "articles",
  feeds: "feeds",
  article: (id: number) => `article:${id}`,
  zone: (slug: string) => `zone:${slug}`,
  category: (slug: string) => `category:${slug}`,
  page: (slug: string) => `page:${slug}`,
  user: (username: string) => `user:${username}`,
} as const;

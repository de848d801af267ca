import "server-only";
import { db } from "./client";

// "Export my data": everything the member put into Zonepress, as one JSON document they can
// keep or take elsewhere. Secrets are left out (password hash, token hashes, OAuth tokens).

export interface AccountExport {
  exportedAt: string;
  profile: {
    id: number;
    email: string;
    username: string;
    name: string;
    bio: string;
    avatarUrl: string | null;
    role: string;
    isCore: boolean;
    joinedAt: string;
    hasPassword: boolean;
    linkedAccounts: { provider: string }[];
  };
  articles: {
    slug: string;
    title: string;
    summary: string;
    status: string;
    zone: string;
    tags: string[];
    bodyMarkdown: string;
    coverImageUrl: string | null;
    canonicalUrl: string | null;
    createdAt: string;
    updatedAt: string;
    submittedAt: string | null;
    publishedAt: string | null;
    scheduledFor: string | null;
    viewCount: number;
    likeCount: number;
  }[];
  likes: { article: string; title: string; likedAt: string }[];
  subscriptions: {
    email: string;
    target: string;
    targetId: number | null;
    frequency: string;
    confirmedAt: string | null;
    createdAt: string;
  }[];
}

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** The member's data, or null when the account no longer exists. */
export async function exportAccountData(userId: number): Promise<AccountExport | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      username: true,
      name: true,
      bio: true,
      avatarUrl: true,
      role: true,
      isCore: true,
      createdAt: true,
      passwordHash: true,
      accounts: { select: { provider: true }, orderBy: { provider: "asc" } },
    },
  });
  if (!user) return null;
  const [articles, likes, subscriptions] = await Promise.all([
    db.article.findMany({
      where: { authorId: userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        slug: true,
        title: true,
        summary: true,
        status: true,
        bodyMarkdown: true,
        coverImageUrl: true,
        canonicalUrl: true,
        createdAt: true,
        updatedAt: true,
        submittedAt: true,
        publishedAt: true,
        scheduledFor: true,
        viewCount: true,
        likeCount: true,
        zone: { select: { slug: true } },
        tags: { select: { tag: { select: { slug: true } } } },
      },
    }),
    db.articleLike.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, article: { select: { slug: true, title: true } } },
    }),
    db.subscription.findMany({
      where: { OR: [{ userId }, { email: user.email }] },
      orderBy: { createdAt: "asc" },
      select: {
        email: true,
        target: true,
        targetId: true,
        frequency: true,
        confirmedAt: true,
        createdAt: true,
      },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      username: user.username,
      name: user.name,
      bio: user.bio,
      avatarUrl: user.avatarUrl,
      role: user.role,
      isCore: user.isCore,
      joinedAt: iso(user.createdAt),
      hasPassword: user.passwordHash !== null,
      linkedAccounts: user.accounts,
    },
    articles: articles.map(
      ({ zone, tags, createdAt, updatedAt, submittedAt, publishedAt, scheduledFor, ...a }) => ({
        ...a,
        zone: zone.slug,
        tags: tags.map((t) => t.tag.slug),
        createdAt: iso(createdAt),
        updatedAt: iso(updatedAt),
        submittedAt: isoOrNull(submittedAt),
        publishedAt: isoOrNull(publishedAt),
        scheduledFor: isoOrNull(scheduledFor),
      }),
    ),
    likes: likes.map((like) => ({
      article: like.article.slug,
      title: like.article.title,
      likedAt: iso(like.createdAt),
    })),
    subscriptions: subscriptions.map(({ confirmedAt, createdAt, ...s }) => ({
      ...s,
      confirmedAt: isoOrNull(confirmedAt),
      createdAt: iso(createdAt),
    })),
  };
}

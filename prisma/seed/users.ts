// Demo members: the three demo logins, authors (some with the Core badge) and readers who
// only like articles. Ids are assigned here (1…n) because the seeder writes into an empty
// User table and every other generator needs them up front.
import { allZones } from "./catalog";
import { DEMO_LOGINS, type DemoRole } from "./demo-logins";
import { cumulativeWeights, Rng } from "./prng";
import { COMPANIES, FIRST_NAMES, LAST_NAMES, ROLES } from "./vocabulary";

export interface UserPlan {
  id: number;
  email: string;
  username: string;
  name: string;
  bio: string;
  role: DemoRole;
  isCore: boolean;
  /** Index into DEMO_LOGINS, or null for generated members (who share a random password). */
  demoIndex: number | null;
  createdAt: Date;
}

export interface UserPlans {
  all: UserPlan[];
  member: UserPlan;
  editor: UserPlan;
  admin: UserPlan;
  authors: UserPlan[];
  /** Cumulative weights over `authors`: a few prolific writers, a long tail of occasional ones. */
  authorWeights: number[];
}

const DAY = 86_400_000;

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function planUsers(seed: number, articleCount: number, now: Date): UserPlans {
  const rng = Rng.derive(seed, "users");
  const zones = allZones();
  const usernames = new Set<string>(DEMO_LOGINS.map((login) => login.username));
  const all: UserPlan[] = DEMO_LOGINS.map((login, index) => ({
    id: index + 1,
    email: login.email,
    username: login.username,
    name: login.name,
    bio: `The ${login.role.toLowerCase()} account of the Zonepress demo. Sign in with it to look around.`,
    role: login.role,
    isCore: false,
    demoIndex: index,
    createdAt: new Date(now.getTime() - (800 + index) * DAY),
  }));

  const makeUser = (kind: "author" | "reader"): UserPlan => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const base = slugify(`${first} ${last}`);
    let username = base;
    for (let n = 2; usernames.has(username); n++) username = `${base}-${n}`;
    usernames.add(username);
    const [topicA, topicB] = rng.sample(rng.pick(zones).topics, 2);
    const bio =
      kind === "author"
        ? `${rng.pick(ROLES)} at ${rng.pick(COMPANIES)}. Writes about ${topicA} and ${topicB}, and the occasional postmortem.`
        : "";
    return {
      id: all.length + 1,
      email: `${username}@example.com`,
      username,
      name: `${first} ${last}`,
      bio,
      role: "MEMBER",
      isCore: kind === "author" && rng.chance(0.25),
      demoIndex: null,
      createdAt: new Date(now.getTime() - rng.int(30, 1100) * DAY - rng.int(0, DAY)),
    };
  };

  const authorCount = Math.max(40, Math.min(2000, Math.ceil(articleCount / 50)));
  const readerCount = Math.max(60, Math.min(5000, Math.ceil(articleCount / 20)));
  const authors: UserPlan[] = [];
  for (let i = 0; i < authorCount; i++) {
    const author = makeUser("author");
    all.push(author);
    authors.push(author);
  }
  for (let i = 0; i < readerCount; i++) all.push(makeUser("reader"));

  const [member, editor, admin] = all as [UserPlan, UserPlan, UserPlan];
  const authorWeights = cumulativeWeights(authors.map((_, rank) => 1 / (rank + 1) ** 0.7));
  return { all, member, editor, admin, authors, authorWeights };
}

// The three accounts printed by `npm run db:seed` and listed in the README, one per role.
// Demo-only credentials: `npm run dev` seeds only the embedded database, or a configured one
// when ZONEPRESS_SEED=1 is set.

export type DemoRole = "MEMBER" | "EDITOR" | "ADMIN";

export interface DemoLogin {
  role: DemoRole;
  email: string;
  password: string;
  name: string;
  username: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    role: "MEMBER",
    email: "member@zonepress.dev",
    password: "zonepress-member",
    name: "Demo Member",
    username: "demo-member",
  },
  {
    role: "EDITOR",
    email: "editor@zonepress.dev",
    password: "zonepress-editor",
    name: "Demo Editor",
    username: "demo-editor",
  },
  {
    role: "ADMIN",
    email: "admin@zonepress.dev",
    password: "zonepress-admin",
    name: "Demo Admin",
    username: "demo-admin",
  },
];

export function demoLogin(role: DemoRole): DemoLogin {
  const login = DEMO_LOGINS.find((candidate) => candidate.role === role);
  if (!login) throw new Error(`no demo login for ${role}`);
  return login;
}

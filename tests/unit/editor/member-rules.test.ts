import { describe, expect, it } from "vitest";
import {
  memberChangeProblem,
  memberPermissions,
  type MemberActor,
  type MemberChange,
} from "@/lib/db/members";

const member: MemberActor = { id: 1, role: "MEMBER" };
const otherMember: MemberActor = { id: 2, role: "MEMBER" };
const editor: MemberActor = { id: 3, role: "EDITOR" };
const otherEditor: MemberActor = { id: 4, role: "EDITOR" };
const admin: MemberActor = { id: 5, role: "ADMIN" };
const otherAdmin: MemberActor = { id: 6, role: "ADMIN" };

const suspend: MemberChange = { suspended: true };
const unsuspend: MemberChange = { suspended: false };
const grantCore: MemberChange = { isCore: true };
const promote: MemberChange = { role: "EDITOR" };
const demote: MemberChange = { role: "MEMBER" };

// [actor, target, change, allowed]
const cases: [string, MemberActor, MemberActor, MemberChange, boolean][] = [
  ["editor suspends a member", editor, member, suspend, true],
  ["editor unsuspends a member", editor, member, unsuspend, true],
  ["editor grants Core to a member", editor, member, grantCore, true],
  ["editor grants Core to another editor", editor, otherEditor, grantCore, true],
  ["editor promotes a member", editor, member, promote, false],
  ["editor demotes another editor", editor, otherEditor, demote, false],
  ["editor suspends another editor", editor, otherEditor, suspend, false],
  ["editor unsuspends another editor", editor, otherEditor, unsuspend, false],
  ["editor suspends an admin", editor, admin, suspend, false],
  ["editor grants Core to an admin", editor, admin, grantCore, false],
  ["editor suspends themselves", editor, editor, suspend, false],
  ["admin promotes a member", admin, member, promote, true],
  ["admin demotes an editor", admin, editor, demote, true],
  ["admin suspends an editor", admin, editor, suspend, true],
  ["admin suspends and badges a member at once", admin, member, { suspended: true, isCore: true }, true],
  ["admin suspends another admin", admin, otherAdmin, suspend, false],
  ["admin demotes another admin", admin, otherAdmin, demote, false],
  ["admin demotes themselves", admin, admin, demote, false],
  ["admin grants themselves Core", admin, admin, grantCore, false],
  ["member suspends another member", member, otherMember, suspend, false],
  ["member grants Core to themselves", member, member, grantCore, false],
  [
    "editor badges a member and promotes them in one request",
    editor,
    member,
    { isCore: true, role: "EDITOR" },
    false,
  ],
];

describe("memberChangeProblem", () => {
  it.each(cases)("%s → allowed: %s", (_name, actor, target, change, allowed) => {
    const problem = memberChangeProblem(actor, target, change);
    if (allowed) expect(problem).toBeNull();
    else expect(problem).toEqual(expect.any(String));
  });

  it("explains each refusal in words the editor can act on", () => {
    expect(memberChangeProblem(editor, member, promote)).toBe(
      "Only administrators can change a member's role.",
    );
    expect(memberChangeProblem(editor, otherEditor, suspend)).toBe(
      "Only administrators can suspend or unsuspend an editor.",
    );
    expect(memberChangeProblem(admin, otherAdmin, suspend)).toBe(
      "Administrators cannot be changed or suspended here.",
    );
    expect(memberChangeProblem(admin, admin, grantCore)).toBe("You cannot change your own account here.");
    expect(memberChangeProblem(member, otherMember, grantCore)).toBe(
      "Only editors and admins can manage members.",
    );
  });
});

describe("memberPermissions", () => {
  it("offers editors suspension and Core for members, only Core for editors, nothing for admins", () => {
    expect(memberPermissions(editor, member)).toEqual({ suspend: true, core: true, role: false });
    expect(memberPermissions(editor, otherEditor)).toEqual({ suspend: false, core: true, role: false });
    expect(memberPermissions(editor, admin)).toEqual({ suspend: false, core: false, role: false });
  });

  it("offers admins everything on members and editors, nothing on admins or themselves", () => {
    expect(memberPermissions(admin, member)).toEqual({ suspend: true, core: true, role: true });
    expect(memberPermissions(admin, editor)).toEqual({ suspend: true, core: true, role: true });
    expect(memberPermissions(admin, otherAdmin)).toEqual({ suspend: false, core: false, role: false });
    expect(memberPermissions(admin, admin)).toEqual({ suspend: false, core: false, role: false });
  });
});

import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { joinSchema } from "@/lib/validation/account";
import { passwordProblem } from "@/lib/auth/password";

describe("password policy", () => {
  it.each([
    "password123",
    "Password123!",
    "qwertyuiop",
    "1234567890",
    "letmein2024!",
    "aaaaaaaaaaaa",
    "iloveyou!!!",
    "passwordpassword",
  ])("refuses the common password %s", (password) => {
    expect(isCommonPassword(password)).toBe(true);
    expect(passwordProblem(password)).toMatch(/too common/);
  });

  it.each(["correct horse battery", "zonepress-member", "Tr1cky-Pelican-42", "my dog eats kale"])(
    "accepts %s",
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it("names the minimum length, and refuses the username as the password", () => {
    expect(passwordProblem("short1!")).toBe("Use at least 10 characters");
    expect(passwordProblem("ada-lovelace", { username: "ada-lovelace" })).toMatch(/email or username/);
  });
});

describe("join form rules", () => {
  const valid = {
    name: "Ada Lovelace",
    username: "ada-lovelace",
    email: "Ada@Example.com",
    password: "analytical engine",
  };

  it("normalises the email and username to lower case", () => {
    const parsed = joinSchema.parse({ ...valid, username: "Ada-Lovelace" });
    expect(parsed.email).toBe("ada@example.com");
    expect(parsed.username).toBe("ada-lovelace");
  });

  it("names each bad field and the reason", () => {
    const result = joinSchema.safeParse({
      name: " ",
      username: "a_b",
      email: "not-an-email",
      password: "short",
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      name: "Enter your name",
      username: expect.stringMatching(/lowercase letters, digits and single hyphens/),
      email: "Enter an email address like name@example.com",
      password: "Use at least 10 characters",
    });
  });

  it("refuses reserved usernames and double hyphens", () => {
    expect(joinSchema.safeParse({ ...valid, username: "admin" }).error?.issues[0]?.message).toMatch(
      /reserved/,
    );
    expect(joinSchema.safeParse({ ...valid, username: "ada--l" }).error?.issues[0]?.message).toMatch(
      /single hyphens/,
    );
  });
});

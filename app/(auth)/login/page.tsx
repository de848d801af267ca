import type { Metadata } from "next";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { FormSkeleton } from "@/components/auth/form-skeleton";
import { LoginForm } from "@/components/auth/login-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";

export const metadata: Metadata = {
  title: "Log In",
  description: "Log in to Zonepress to like articles, post your own and manage your subscriptions.",
  robots: { index: false },
  alternates: { canonical: "/login" },
};

export default function LoginPage() {
  return (
    <AuthCard title="Log in to Zonepress" intro="Welcome back. Log in with the email you joined with.">
      {/* The form reads ?next= and ?error= from the URL, so it renders in the browser. */}
      <Suspense fallback={<FormSkeleton fields={2} />}>
        <LoginForm />
      </Suspense>
      <Suspense>
        <OAuthButtons />
      </Suspense>
    </AuthCard>
  );
}

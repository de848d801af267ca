import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { FormSkeleton } from "@/components/auth/form-skeleton";
import { JoinForm } from "@/components/auth/join-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";

export const metadata: Metadata = {
  title: "Join",
  description: "Join Zonepress: post articles, like what you read and get digests of your zones.",
  robots: { index: false },
  alternates: { canonical: "/join" },
};

export default function JoinPage() {
  return (
    <AuthCard
      title="Join Zonepress"
      intro="Write for developers, like what you read, and follow your zones by email."
      footer={
        <p>
          By joining you agree to the{" "}
          <Link href="/pages/terms" className="text-brand-700 font-semibold hover:underline">
            Terms of Service
          </Link>{" "}
          and the{" "}
          <Link href="/pages/privacy" className="text-brand-700 font-semibold hover:underline">
            Privacy Policy
          </Link>
          .
        </p>
      }
    >
      <Suspense fallback={<FormSkeleton fields={4} />}>
        <JoinForm />
      </Suspense>
      <Suspense>
        <OAuthButtons />
      </Suspense>
    </AuthCard>
  );
}

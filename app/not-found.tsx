import Link from "next/link";
import { Container } from "@/components/ui/container";

export default function NotFound() {
  return (
    <Container className="py-20 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-extrabold text-ink">Page not found</h1>
      <p className="mt-3 text-ink-soft">The page you asked for does not exist or has moved.</p>
      <p className="mt-6">
        <Link href="/" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Back to the home page
        </Link>
      </p>
    </Container>
  );
}

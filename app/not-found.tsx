import Link from "next/link";
import { Container } from "@/components/ui/container";

export default function NotFound() {
  return (
    <Container className="py-20 text-center">
      <p className="text-brand-600 text-sm font-semibold">404</p>
      <h1 className="text-ink mt-2 text-3xl font-extrabold">Page not found</h1>
      <p className="text-ink-soft mt-3">The page you asked for does not exist or has moved.</p>
      <p className="mt-6">
        <Link
          href="/"
          className="bg-brand-600 hover:bg-brand-700 rounded-md px-4 py-2 font-semibold text-on-brand"
        >
          Back to the home page
        </Link>
      </p>
    </Container>
  );
}

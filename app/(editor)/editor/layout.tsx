import { EditorNav } from "@/components/editor/editor-nav";
import { Container } from "@/components/ui/container";

// No access decision here (STYLE.md): every page and route handler of the editor area checks the
// role itself. A refused visitor never sees this frame: notFound() renders the root 404 page.
export default function EditorLayout({ children }: { children: React.ReactNode }) {
  return (
    <Container className="py-8">
      <EditorNav />
      {children}
    </Container>
  );
}

import "server-only";
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";

/**
 * The HTML and plain-text bodies of an email built from React Email components (usually inside
 * lib/email/layout.tsx's EmailLayout). The text is derived from the same HTML, so both always
 * say the same; links keep their absolute URLs, images and the inbox preview line are left out.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}

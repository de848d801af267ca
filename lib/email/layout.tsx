import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { siteInfo } from "@/lib/feeds/site";
import { absoluteUrl } from "./links";

// The Zonepress email frame and the few building blocks every email uses. Inline styles only
// (mail clients drop <style> and ignore classes), a single 560 px column that shrinks to the
// screen, system fonts, and the site's own colours (app/globals.css, light theme: most clients
// show mail on white whatever the reader's theme).

const colors = {
  brand: "#1a5fd0",
  brandDark: "#164fae",
  onBrand: "#ffffff",
  ink: "#14171f",
  inkSoft: "#3b4252",
  muted: "#5b6475",
  border: "#e2e6ee",
  sunken: "#f5f7fa",
} as const;

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const styles = {
  body: { backgroundColor: colors.sunken, fontFamily, margin: 0, padding: "24px 0" },
  container: {
    backgroundColor: "#ffffff",
    border: `1px solid ${colors.border}`,
    borderRadius: "8px",
    maxWidth: "560px",
    width: "100%",
    margin: "0 auto",
    padding: "24px",
    boxSizing: "border-box",
  },
  logo: { color: colors.brandDark, fontSize: "22px", fontWeight: 800, letterSpacing: "-0.02em" },
  logoSecond: { color: colors.ink },
  heading: { color: colors.ink, fontSize: "22px", lineHeight: "28px", fontWeight: 800, margin: "16px 0 8px" },
  paragraph: { color: colors.inkSoft, fontSize: "16px", lineHeight: "24px", margin: "12px 0" },
  muted: { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "8px 0" },
  button: {
    backgroundColor: colors.brand,
    borderRadius: "6px",
    color: colors.onBrand,
    fontSize: "16px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
    display: "inline-block",
  },
  link: { color: colors.brand, textDecoration: "underline" },
  hr: { borderColor: colors.border, margin: "24px 0 12px" },
} satisfies Record<string, CSSProperties>;

export interface EmailLayoutProps {
  /** The line mail clients show after the subject in the inbox (not shown in the body). */
  preview: string;
  heading?: string;
  children: ReactNode;
  /** Below the rule: why the reader gets this email and how to stop it (unsubscribe text). */
  footer?: ReactNode;
}

/** The frame of every Zonepress email: the site's name as the logo, the content, a footer. */
export function EmailLayout({ preview, heading, children, footer }: EmailLayoutProps) {
  const { name } = siteInfo();
  const split = name === "Zonepress";
  return (
    <Html lang="en">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section>
            <Link href={absoluteUrl("/")} style={styles.logo}>
              {split ? (
                <>
                  Zone<span style={styles.logoSecond}>press</span>
                </>
              ) : (
                name
              )}
            </Link>
          </Section>
          {heading && (
            <Heading as="h1" style={styles.heading}>
              {heading}
            </Heading>
          )}
          {children}
          <Hr style={styles.hr} />
          {footer}
          <EmailMuted>
            {name} ·{" "}
            <Link href={absoluteUrl("/")} style={{ ...styles.link, color: colors.muted }}>
              {absoluteUrl("/")}
            </Link>
          </EmailMuted>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailParagraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

/** Small grey text: footers, "you get this because…", expiry notes. */
export function EmailMuted({ children }: { children: ReactNode }) {
  return <Text style={styles.muted}>{children}</Text>;
}

/** The one call to action of an email, as a button-looking link (absolute href). */
export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "20px 0" }}>
      <Button href={href} style={styles.button}>
        {children}
      </Button>
    </Section>
  );
}

/** An inline link in the site's colour (absolute href). */
export function EmailLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={styles.link}>
      {children}
    </Link>
  );
}

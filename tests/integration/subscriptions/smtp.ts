import { deliverDueEmails, type DeliveryReport } from "@/lib/email/delivery";
import { startSmtpServer, type ReceivedEmail } from "@/tests/integration/email/smtp-server";

// The email tests' SMTP server on loopback, with the outbox delivered to it through the app's
// own delivery code and nodemailer, and what the subscription tests read from the messages.

export type { ReceivedEmail };

export interface LoopbackSmtp {
  received: ReceivedEmail[];
  /** Delivers everything due in the outbox to this server. */
  deliver(): Promise<DeliveryReport>;
  close(): Promise<void>;
}

export async function startLoopbackSmtp(): Promise<LoopbackSmtp> {
  const server = await startSmtpServer();
  const transport = server.transport();
  return {
    received: server.received,
    deliver: () => deliverDueEmails({ transport, from: "Zonepress <no-reply@zonepress.test>" }),
    close: () => server.close(),
  };
}

export function recipientOf(mail: ReceivedEmail): string {
  return mail.headers.to ?? "";
}

/** Every absolute link to this site in a message's text and HTML. */
export function linksIn(mail: ReceivedEmail, base = "http://localhost:3000"): string[] {
  const pattern = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/[^\\s"'<>\\]]*`, "g");
  const found = [...(mail.text.match(pattern) ?? []), ...(mail.html.match(pattern) ?? [])];
  return [...new Set(found.map((link) => link.replace(/&amp;/g, "&")))];
}

/** The one-click URL of a List-Unsubscribe header (`<https://…>`). */
export function listUnsubscribeUrl(mail: ReceivedEmail): string {
  const header = mail.headers["list-unsubscribe"] ?? "";
  const url = /<(https?:\/\/[^>]+)>/.exec(header)?.[1];
  if (!url) throw new Error(`No http(s) URL in List-Unsubscribe: ${header}`);
  return url;
}

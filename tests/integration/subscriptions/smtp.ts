import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { deliverDueEmails, type DeliveryReport } from "@/lib/email/delivery";
import { createSmtpTransport } from "@/lib/email/transport";

// A real SMTP server on loopback (the `smtp-server` package) and what it received, decoded far
// enough to assert on: headers (unfolded) and the text and HTML parts of multipart messages
// (quoted-printable or base64). Delivery goes through the app's own outbox code and nodemailer.

export interface ReceivedMail {
  to: string[];
  headers: Map<string, string>;
  text: string;
  html: string;
  raw: string;
}

export interface LoopbackSmtp {
  url: string;
  received: ReceivedMail[];
  /** Delivers everything due in the outbox to this server. */
  deliver(): Promise<DeliveryReport>;
  close(): Promise<void>;
}

export async function startLoopbackSmtp(): Promise<LoopbackSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ ...parseMessage(raw), to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  const transport = createSmtpTransport(url);
  return {
    url,
    received,
    deliver: () => deliverDueEmails({ transport, from: "Zonepress <no-reply@zonepress.test>" }),
    close: async () => {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf("\r\n\r\n");
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? "" : raw.slice(end + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64")
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body
      .replace(/=\r\n/g, "")
      .split(/(=[0-9A-F]{2})/i)
      .flatMap((part) =>
        /^=[0-9A-F]{2}$/i.test(part) ? [Number.parseInt(part.slice(1), 16)] : [...Buffer.from(part, "utf8")],
      );
    return Buffer.from(bytes).toString("utf8");
  }
  return body;
}

function parseMessage(raw: string): Omit<ReceivedMail, "to" | "raw"> {
  const { headers, body } = splitHead(raw);
  const parts = { text: "", html: "" };
  const walk = (partHeaders: Map<string, string>, partBody: string) => {
    const type = partHeaders.get("content-type") ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (boundary) {
      for (const chunk of partBody.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith("--")) break;
        const inner = splitHead(chunk.replace(/^\r\n/, ""));
        walk(inner.headers, inner.body.replace(/\r\n$/, ""));
      }
      return;
    }
    const decoded = decodeBody(partBody, partHeaders.get("content-transfer-encoding"));
    if (type.startsWith("text/html")) parts.html = decoded;
    else if (type.startsWith("text/plain")) parts.text = decoded;
  };
  walk(headers, body);
  return { headers, ...parts };
}

/** Every absolute link to this site in a message's text and HTML. */
export function linksIn(mail: ReceivedMail, base = "http://localhost:3000"): string[] {
  const pattern = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/[^\\s"'<>\\]]*`, "g");
  const found = [...(mail.text.match(pattern) ?? []), ...(mail.html.match(pattern) ?? [])];
  return [...new Set(found.map((link) => link.replace(/&amp;/g, "&")))];
}

/** The one-click URL of a List-Unsubscribe header (`<https://…>`). */
export function listUnsubscribeUrl(mail: ReceivedMail): string {
  const header = mail.headers.get("list-unsubscribe") ?? "";
  const url = /<(https?:\/\/[^>]+)>/.exec(header)?.[1];
  if (!url) throw new Error(`No http(s) URL in List-Unsubscribe: ${header}`);
  return url;
}

import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { createSmtpTransport } from "@/lib/email/transport";

// A real SMTP server on loopback for the email tests (smtp-server), and just enough MIME
// parsing to read what it received: unfolded headers and the decoded text and HTML parts.

export interface ReceivedEmail {
  /** Lower-cased header names; the first value of each. */
  headers: Record<string, string>;
  text: string;
  html: string;
  raw: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedEmail[];
  /**
   * Makes the server answer the next `times` messages with `code` at DATA (4xx: come back
   * later; 5xx: refused), or every recipient with 550 at RCPT TO when `at` is "rcpt".
   */
  refuse(options: { times: number; code: number; at?: "data" | "rcpt" }): void;
  /** A transport to this server, as delivery uses in production (lib/email/transport.ts). */
  transport(): ReturnType<typeof createSmtpTransport>;
  close(): Promise<void>;
}

function unfoldHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] ??= line.slice(colon + 1).trim();
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? "7bit").toLowerCase()) {
    case "quoted-printable":
      return Buffer.from(
        body
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ).toString("utf8");
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

function splitEntity(entity: string): { headers: Record<string, string>; body: string } {
  const end = entity.search(/\r?\n\r?\n/);
  if (end < 0) return { headers: unfoldHeaders(entity), body: "" };
  return { headers: unfoldHeaders(entity.slice(0, end)), body: entity.slice(end).replace(/^\r?\n\r?\n/, "") };
}

/** Walks the MIME tree and keeps the first text/plain and text/html parts. */
function collectParts(entity: string, into: { text: string; html: string }): void {
  const { headers, body } = splitEntity(entity);
  const type = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith("--")) break;
      collectParts(part.replace(/^\r?\n/, ""), into);
    }
    return;
  }
  const decoded = decodeBody(body, headers["content-transfer-encoding"]);
  if (type.toLowerCase().startsWith("text/html")) into.html ||= decoded;
  else if (type.toLowerCase().startsWith("text/plain")) into.text ||= decoded;
}

export function parseEmail(raw: string): ReceivedEmail {
  const { headers } = splitEntity(raw);
  const parts = { text: "", html: "" };
  collectParts(raw, parts);
  return { headers, ...parts, raw };
}

async function readStream(stream: SMTPServerDataStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function smtpError(message: string, code: number): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  let refusals: { times: number; code: number; at: "data" | "rcpt" } = { times: 0, code: 0, at: "data" };
  const transports: ReturnType<typeof createSmtpTransport>[] = [];

  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: no self-signed STARTTLS for nodemailer to refuse.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals.at === "rcpt" && refusals.times > 0) {
        refusals.times -= 1;
        return callback(smtpError("Mailbox unavailable", refusals.code));
      }
      callback();
    },
    onData(stream, _session, callback) {
      readStream(stream).then(
        (raw) => {
          if (refusals.at === "data" && refusals.times > 0) {
            refusals.times -= 1;
            return callback(smtpError("Try again later", refusals.code));
          }
          received.push(parseEmail(raw));
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const listening = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listening.once("listening", () => resolve()));
  const { port } = listening.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;

  return {
    url,
    received,
    refuse({ times, code, at = "data" }) {
      refusals = { times, code, at };
    },
    transport() {
      const transport = createSmtpTransport(url);
      transports.push(transport);
      return transport;
    },
    async close() {
      for (const transport of transports) transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

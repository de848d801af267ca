import pino, { type DestinationStream, type LoggerOptions } from "pino";
import { scrubError, scrubText } from "./log-scrub";

// JSON logs in production; pretty in development when pino-pretty is installed.
// Never log passwords, tokens, cookies or email addresses: `redact` removes such fields and the
// scrubbers mask email addresses and bearer tokens inside messages and error messages.
const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

const SECRET_FIELDS = ["password", "passwordHash", "token", "secret", "authorization", "cookie", "email"];

export const loggerOptions: LoggerOptions = {
  level,
  base: { app: "zonepress" },
  redact: {
    paths: [
      ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]),
      "req.headers.cookie",
      "req.headers.authorization",
      'headers["set-cookie"]',
    ],
    censor: "[redacted]",
  },
  serializers: { err: scrubError, error: scrubError },
  hooks: {
    logMethod(args, method) {
      method.apply(
        this,
        args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg)) as Parameters<typeof method>,
      );
    },
  },
};

/** A logger with the production settings writing to `stream` (tests capture its lines). */
export function createLogger(stream?: DestinationStream, options: LoggerOptions = {}) {
  const merged = { ...loggerOptions, ...options };
  return stream ? pino(merged, stream) : pino(merged);
}

export const logger = createLogger();

import pino from "pino";

// JSON logs in production; pretty in development when pino-pretty is installed.
// Never log passwords, tokens or email addresses: the redact list is the last line of defence.
const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

export const logger = pino({
  level,
  base: { app: "zonepress" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "email",
      "*.email",
      "req.headers.cookie",
      "req.headers.authorization",
    ],
    censor: "[redacted]",
  },
});

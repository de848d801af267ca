/**
 * The ceiling of the page benchmark: a bare `http.createServer` that answers every request with
 * the exact bytes and headers Zonepress sent for the cached article page. Whatever Next adds on
 * top (routing, the proxy, cache lookups, React's stream) is the gap between the two figures.
 *
 *   tsx scripts/bench/ceiling-server.ts <body file> <headers JSON> <port>
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [bodyFile, headersJson, portText] = process.argv.slice(2);
if (!bodyFile || !headersJson || !portText) {
  console.error("usage: ceiling-server.ts <body file> <headers JSON> <port>");
  process.exit(2);
}
const body = readFileSync(bodyFile);
const headers = {
  ...(JSON.parse(headersJson) as Record<string, string>),
  "content-length": String(body.length),
};

const server = createServer((request, response) => {
  // Drain whatever was sent (nothing, for GET) so keep-alive connections stay usable.
  request.resume();
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(Number(portText), "127.0.0.1");
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
